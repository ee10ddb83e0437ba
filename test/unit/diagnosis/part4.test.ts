// The facts verified on 2026-12-07 (domain-facts.md Part 4), each with the verdict and the words it implies, on
// both sides of the day it changes. Every expected value is written out by hand from Part 4.
import { diagnose, type Diagnosis } from "../../../src/diagnosis";
import { isServiced } from "../../../src/diagnosis/servicing";
import { enUS, loadMessages, translator, type MessageKey } from "../../../src/i18n";
import { facts } from "../../support/facts";

const t = translator(enUS);
const judged = (day: string, over: Record<string, unknown>) =>
  diagnose(facts({ ...over, collectedAt: `${day}T12:00:00.000Z` }), {
    now: new Date("2030-01-01"),
  });
const notes = (d: Diagnosis) => d.adminNotes.join("\n");
const findingText = (d: Diagnosis, id: string) => {
  const f = d.findings.find((x) => x.id === id);
  return f ? t(`finding.${id}` as MessageKey, f.params) : null;
};
const stepTexts = (d: Diagnosis, action: string) =>
  (d.plan.find((p) => p.action === action)?.steps ?? []).map((s) => t(s.key, s.params));

const printer = {
  problemClient: { app: "device-smtp", version: null },
  org: { mfaMode: "perUserMfa", appPasswordsAllowed: true },
};

describe("SMTP AUTH (Part 4): the phases, every control, the errors, the alternatives", () => {
  test("2026-12-31: on by default through that day; 2027-01-01: disabled by default since, admins can turn it back on", () => {
    expect(notes(judged("2026-12-31", printer))).toContain(
      "SMTP AUTH basic auth: on by default through 2026-12-31, then disabled by default for existing tenants (admins can turn it back on)"
    );
    const after = notes(judged("2027-01-01", printer));
    expect(after).toContain(
      "SMTP AUTH basic auth: disabled by default for existing tenants since 2027-01-01 (admins can turn it back on); tenants created since then don't have it by default; Microsoft announces the final removal date in H2 2027."
    );
    expect(after).not.toContain("on by default through");
  });

  test("no cmdlet is 'the' re-enable switch: all four controls are listed, and the unknown is said", () => {
    const n = notes(judged("2027-01-01", printer));
    expect(n).toContain("works only where every one of these allows it");
    expect(n).toContain(
      "organisation: Set-TransportConfig -SmtpClientAuthenticationDisabled $false"
    );
    expect(n).toContain(
      "mailbox: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false ($null inherits the organisation's value)"
    );
    expect(n).toContain("authentication policy: AllowBasicAuthSmtp");
    expect(n).toContain("tenant: security defaults turned off");
    expect(n).toContain("Microsoft hasn't published which of them turns basic auth back on");
    expect(n).not.toMatch(/\bthe (re-?enable )?switch is\b/i);
  });

  test("5.7.139 (a setting) is told apart from 5.7.30 (the final removal); the December-phase error is unverified", () => {
    const n = notes(judged("2027-01-01", printer));
    expect(n).toContain(
      '"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox/Tenant" is SMTP AUTH turned off for the mailbox or the tenant (a setting, not the retirement)'
    );
    expect(n).toContain(
      '"550 5.7.30 Basic authentication is not supported for Client Submission" is Microsoft\'s rejection after the final removal'
    );
    expect(n).toContain(
      "The error a device gets while basic auth is off by default is not documented."
    );
  });

  test("High Volume Email: basic auth until September 2028, internal recipients only, up to 100 accounts; and the others", () => {
    const n = notes(judged("2026-12-07", printer));
    expect(n).toContain(
      "High Volume Email (accepts basic auth until 2028-09; internal recipients only; up to 100 HVE accounts)"
    );
    expect(n).toContain("Azure Communication Services Email (external recipients)");
    expect(n).toContain("an on-premises Exchange server or receive-connector relay");
    expect(n).toContain("a third-party sending service");
    expect(n).toContain("Set-OrganizationConfig -RejectDirectSend $true");
    expect(notes(judged("2028-10-01", printer))).toContain("accepted basic auth until 2028-09");
  });

  test("the device's own steps name High Volume Email, and the app password's deadline is a default, not an end", () => {
    const ca = judged("2026-12-07", {
      problemClient: { app: "device-smtp", version: null },
      org: { mfaMode: "conditionalAccess", appPasswordsAllowed: null },
    });
    expect(t("step.device.admin")).toBe(
      "Otherwise IT can set up another way to send, such as Microsoft's High Volume Email (for mail within your organisation), a relay or a connector."
    );
    expect(ca.actions).toEqual(["contact-admin"]);
    // The deadline is a default, not an end, and the guide says it once.
    const steps = stepTexts(judged("2026-12-31", printer), "use-app-password").join(" ");
    expect(steps).toContain(
      "After December 31, 2026 (1 day left), Microsoft 365 turns this kind of sign-in off by default."
    );
    expect(steps.split("December 31, 2026")).toHaveLength(2);
  });
});

describe("Exchange ActiveSync (Part 4): below 16.1 refused, direct certificate auth ends with 2026", () => {
  const iphone = { problemClient: { app: "apple-mail-ios", version: null } };

  test("iPhone Mail is told, in the past tense, that old mail apps are refused since March 1, 2026", () => {
    expect(findingText(judged("2026-12-07", iphone), "eas-minimum")).toBe(
      "Since March 1, 2026, Microsoft 365 has refused phone mail apps too old for current Exchange ActiveSync (older iPhone Mail, Gmail or Samsung Email versions): if the app can't connect at all, update the phone's system or the app, or use Outlook for iOS and Android."
    );
    // Said with the findings (info) but not under "Why this happens", which leads with the cause and stays short.
    expect(judged("2026-12-07", iphone).why).not.toContain("eas-minimum");
    expect(judged("2026-12-07", iphone).findings.map((f) => f.id)).toContain("eas-minimum");
  });

  test("before 2026-03-01 the same fact is in the future tense", () => {
    expect(findingText(judged("2026-02-28", iphone), "eas-minimum")).toMatch(
      /^From March 1, 2026, Microsoft 365 refuses phone mail apps/
    );
  });

  test.each([
    [
      "2026-12-31",
      "Direct Exchange ActiveSync certificate-based authentication to Exchange Online ends after 2026-12-31",
    ],
    [
      "2027-01-01",
      "Direct Exchange ActiveSync certificate-based authentication to Exchange Online ended after 2026-12-31",
    ],
  ])("judged %s, IT reads: %s", (day, wording) => {
    const n = notes(judged(day, { problemClient: { app: "android-mail", version: null } }));
    expect(n).toContain(wording);
    expect(n).toContain("Microsoft Entra certificate-based authentication");
    expect(n).toContain("below EAS 16.1 since 2026-03-01 (completed 2026-08-04)");
  });

  test("Outlook for iOS and Android is unaffected, and an on-premises mailbox is not Exchange Online", () => {
    for (const app of ["outlook-ios", "outlook-android"]) {
      const d = judged("2027-01-01", { problemClient: { app, version: null } });
      expect(d.findings.map((f) => f.id)).not.toContain("eas-minimum");
      expect(notes(d)).not.toContain("ActiveSync");
    }
    const onPrem = judged("2027-01-01", { ...iphone, host: { accountType: "enterprise" } });
    expect(onPrem.findings.map((f) => f.id)).not.toContain("eas-minimum");
  });
});

describe("new Outlook becomes the default in March 2027 (Part 4, MC949965)", () => {
  const newOutlook = { problemClient: { app: "outlook-windows-new", version: null } };

  test("2027-02-28: the user isn't told yet; IT hears it is coming, how to prevent it, who is exempt", () => {
    const d = judged("2027-02-28", newOutlook);
    expect(d.findings.map((f) => f.id)).not.toContain("new-outlook-switch");
    const n = notes(d);
    expect(n).toContain(
      "From 2027-03 new Outlook becomes the default for Microsoft 365 Enterprise users"
    );
    expect(n).toContain(
      'set the policy "Manage user setting for new Outlook automatic migration" (NewOutlookMigrationUserSetting = 0 under HKCU\\Software\\Policies\\Microsoft\\Office\\16.0\\Outlook\\Preferences)'
    );
    expect(n).toContain("Exempt: perpetual licences and on-premises mailboxes.");
    expect(n).toContain("the “New Outlook” toggle, or Help › Go to classic Outlook");
  });

  test("2027-03-01: the user reads what a switched user sees and how to go back", () => {
    const d = judged("2027-03-01", newOutlook);
    expect(findingText(d, "new-outlook-switch")).toBe(
      "Since March 2027, Microsoft has been switching work accounts to the new Outlook once. If Outlook suddenly looks different and asks you to sign in, you may simply have been switched: sign in, or go back with the New Outlook toggle or Help › Go to classic Outlook."
    );
    expect(d.why).toContain("new-outlook-switch");
    expect(notes(d)).toContain("Since 2027-03 new Outlook has been the default");
  });

  test("classic Outlook on a subscription: IT is told; a perpetual licence or an on-premises mailbox: nobody", () => {
    const m365 = judged("2027-03-01", {
      problemClient: { app: "outlook-windows-classic", version: "16.0.20430.20092" },
    });
    expect(notes(m365)).toContain("new Outlook has been the default");
    expect(m365.findings.map((f) => f.id)).not.toContain("new-outlook-switch");
    const ltsc = judged("2027-03-01", {
      problemClient: { app: "outlook-windows-classic", version: "16.0.14332.20500" },
    });
    expect(notes(ltsc)).not.toContain("new Outlook");
    const onPrem = judged("2027-03-01", { ...newOutlook, host: { accountType: "enterprise" } });
    expect(notes(onPrem)).not.toContain("automatic migration");
  });
});

describe("Outlook for Windows builds (Part 4)", () => {
  const classic = (version: string) =>
    judged("2026-12-07", { problemClient: { app: "outlook-windows-classic", version } });

  test.each([
    ["16.0.20228.20190", "Outlook for Microsoft 365 (Version 2607)"],
    ["16.0.20326.20100", "Outlook for Microsoft 365 (Version 2608)"],
    ["16.0.20430.20092", "Outlook for Microsoft 365 (Version 2609)"],
    ["16.0.20520.20000", "Outlook for Microsoft 365 (Version 2610)"],
    ["16.0.20521.20000", "Outlook for Microsoft 365 (Version 2610 or later)"],
    ["16.0.20700.20000", "Outlook for Microsoft 365 (Version 2610 or later)"],
  ])("%s reads %s", (build, label) => {
    const d = classic(build);
    expect(d.problemClient.label).toBe(label);
    expect(d.summary.message + notes(d)).not.toMatch(/Version 261[1-9]/);
  });

  test("Monthly Enterprise patches N, N-1, N-2: on 2026-08-11 that is 2607, 2606, 2605; 2604 is done", () => {
    const day = new Date("2026-08-11T12:00:00Z");
    expect([2607, 2606, 2605, 2604].map((v) => isServiced(v, day))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  test("2608 gets its last patch on 2026-12-08: serviced on 2026-12-07, out of servicing from that day", () => {
    expect(isServiced(2608, new Date("2026-12-07T12:00:00Z"))).toBe(true);
    expect(isServiced(2608, new Date("2026-12-08T12:00:00Z"))).toBe(false);
    const d = judged("2026-12-08", {
      problemClient: { app: "outlook-windows-classic", version: "16.0.20326.20100" },
    });
    expect(d.summary.message).toContain("stopped getting updates on December 8, 2026");
    expect(notes(d)).toContain(
      "Version 2608 stopped getting updates on every channel on 2026-12-08. Monthly Enterprise patches 3 versions at once (N, N-1, N-2) and devices still labelled Semi-Annual Enterprise receive Monthly Enterprise versions since Version 2606"
    );
    expect(
      notes(
        judged("2026-12-07", {
          problemClient: { app: "outlook-windows-classic", version: "16.0.20326.20100" },
        })
      )
    ).not.toContain("stopped getting updates on every channel");
  });

  test("a Semi-Annual version after the merge (2608) gets no Semi-Annual window: Monthly Enterprise's only", () => {
    expect(isServiced(2608, new Date("2027-01-12T12:00:00Z"))).toBe(false);
  });
});

describe("diagnose and the pane say the same", () => {
  test.each([
    ["2027-03-31", { problemClient: { app: "apple-mail-macos", version: null } }],
    ["2027-04-01", { problemClient: { app: "apple-mail-macos", version: null } }],
    ["2026-12-07", { problemClient: { app: "outlook-mac", version: "16.103" } }],
    ["2027-01-01", { problemClient: { app: "outlook-mac", version: "16.113.4" } }],
    ["2027-01-01", printer],
    [
      "2026-12-08",
      { problemClient: { app: "outlook-windows-classic", version: "16.0.20326.20100" } },
    ],
    [
      "2026-12-07",
      { problemClient: { app: "outlook-windows-classic", version: "16.0.20700.20000" } },
    ],
  ] as [string, Record<string, unknown>][])(
    "judged %s: the report's English answer is the pane's English answer",
    (day, over) => {
      const d = judged(day, over);
      const pane = d.summary.parts.map((p) => t(`summary.${p.key}` as MessageKey, p.params));
      expect(d.summary.message).toBe(pane.join(" "));
    }
  );
});

describe("EWS for Apple Mail on a Mac: what IT can still do while it can", () => {
  test("until 2027-04-01 IT hears that Microsoft pre-filled allow lists; from that day, that nothing brings EWS back", () => {
    const apple = { problemClient: { app: "apple-mail-macos", version: null } };
    expect(notes(judged("2027-03-31", apple))).toContain(
      "Microsoft pre-filled allow lists in September 2026 from observed use"
    );
    expect(judged("2027-03-31", apple).summary.message).toBe(
      "Apple Mail on Mac reaches Microsoft 365 through EWS, which Microsoft 365 is switching off, for good from April 1, 2027: Outlook for Mac is the lasting fix."
    );
    const gone = notes(judged("2027-04-01", apple));
    expect(gone).not.toContain("pre-filled");
    expect(gone).toContain("nothing on the tenant brings it back");
  });
});

describe("smaller Part 4 facts for the help desk", () => {
  test("vendor pages with the superseded SMTP plan are called out", () => {
    expect(notes(judged("2026-12-07", printer))).toContain(
      "vendor pages that name 2026-03-01 and 2026-04-30, or say app passwords were discontinued, repeat a superseded plan"
    );
  });

  test("Outlook LTSC 2024 gets the 32-bit known issue and the web fallback; Microsoft 365 Apps does not", () => {
    const ltsc = judged("2026-12-07", {
      problemClient: { app: "outlook-windows-classic", version: "16.0.17932.20328" },
    });
    expect(notes(ltsc)).toContain(
      "don't load in 32-bit Outlook LTSC 2024 for Exchange Online accounts created after 2026-06"
    );
    expect(notes(ltsc)).toContain("run it in Outlook on the web");
    const m365 = judged("2026-12-07", {
      problemClient: { app: "outlook-windows-classic", version: "16.0.20430.20092" },
    });
    expect(notes(m365)).not.toContain("32-bit");
  });
});

describe("every language says EWS is off once it is, never that Microsoft plans it", () => {
  test.each([
    ["de-DE", /\b(wollte|will es|plant)\b/i, "endgültig abgeschaltet"],
    ["fr-FR", /(prévoyait|prévoit)/i, "coupé définitivement"],
    ["es-ES", /(preveía|prevé)/i, "apagado definitivamente"],
  ] as const)("%s judged 2027-04-02", async (locale, planned, off) => {
    const tl = translator(await loadMessages(locale));
    const d = judged("2027-04-02", { problemClient: { app: "apple-mail-macos", version: null } });
    const texts = [
      ...d.findings.map((f) => tl(`finding.${f.id}` as MessageKey, f.params)),
      ...d.summary.parts.map((p) => tl(`summary.${p.key}` as MessageKey, p.params)),
    ].join(" ");
    expect(texts).not.toMatch(planned);
    expect(texts).toContain(off);
  });
});
