// What the engine tells each product to do, the hand-off, the notes for IT and the sign-in offer: decided here,
// so the pane only renders them.
import { diagnose, type Diagnosis } from "../../../src/diagnosis";
import { checkRows } from "../../../src/diagnosis/checks";
import { ewsSituation, smtpSituation } from "../../../src/diagnosis/dated";
import { copyLine, guideFor } from "../../../src/diagnosis/tables/steps";
import { enUS, loadMessages, translator, type MessageKey } from "../../../src/i18n";
import { facts, NOW } from "../../support/facts";

const t = translator(enUS);
const run = (o: Record<string, unknown>) => diagnose(facts(o), { now: NOW });
const classic = (version: string | null) => ({
  problemClient: { app: "outlook-windows-classic", version },
});
const planOf = (d: Diagnosis, action: string) => d.plan.find((p) => p.action === action);
const updateText = (d: Diagnosis) =>
  (planOf(d, "update-client")?.steps ?? [])
    .map((s) => t(s.key, { email: "a@b.c", summary: "", ...s.params }))
    .join("\n");

describe("update advice follows the product", () => {
  test.each([
    [
      "Outlook 2010: nothing to update to, it has to be replaced",
      classic("14.0.7268.5000"),
      /has to be replaced/,
      /Office Account|AutoUpdate/,
    ],
    [
      "Mac 2011: replaced by the current Outlook for Mac",
      { problemClient: { app: "outlook-mac", version: "14.7.7" } },
      /current Outlook for Mac/,
      /Office Account|AutoUpdate/,
    ],
    [
      "Outlook 2016 MSI: updated by the organisation, and even its latest build is out of support",
      classic("16.0.5513.1000"),
      /Windows Update, WSUS[\s\S]*even its latest update is out of support/,
      /Update Options/,
    ],
    [
      "Outlook 2019 volume licence (Click-to-Run): Update Options, out of support, no WSUS",
      classic("16.0.10336.20039"),
      /out of support since October 14, 2025[\s\S]*File › Office Account › Update Options › Update Now/,
      /WSUS|not from inside Outlook/,
    ],
    [
      "Outlook LTSC 2021 after 2026-10-13: move on with IT, meanwhile Update Options",
      classic("16.0.14332.21017"),
      /supported Outlook[\s\S]*out of support since October 13, 2026[\s\S]*Update Options › Update Now/,
      /WSUS|not from inside Outlook/,
    ],
    [
      "Outlook 2013 (MSI or Click-to-Run): Windows Update or Update Options, never 'not from inside Outlook'",
      classic("15.0.5589.1000"),
      /Windows Update[\s\S]*Update Options/,
      /not from inside Outlook/,
    ],
    [
      "Microsoft 365 Apps out of servicing: File › Office Account › Update Options",
      classic("16.0.19328.20266"),
      /stopped getting updates on February 10, 2026[\s\S]*File › Office Account › Update Options › Update Now/,
      /WSUS/,
    ],
    [
      "Microsoft 365 Apps below Version 1706",
      classic("16.0.8000.1000"),
      /needs at least Version 1706[\s\S]*Update Options/,
      /WSUS/,
    ],
    [
      "Mac 2019: the licence stops at 16.78, so a new licence, then AutoUpdate",
      { problemClient: { app: "outlook-mac", version: "16.78" } },
      /no updates after version 16.78[\s\S]*licence[\s\S]*Microsoft AutoUpdate/,
      /Office Account/,
    ],
    [
      "Outlook for Mac 16.79 (November 2023) three years on: Microsoft AutoUpdate, never 'up to date'",
      { problemClient: { app: "outlook-mac", version: "16.79" } },
      /Microsoft AutoUpdate/,
      /Office Account|licence/,
    ],
  ])("%s", (_, over, must, mustNot) => {
    const d = run(over);
    expect(d.actions).toContain("update-client");
    const text = updateText(d);
    expect(text).toMatch(must);
    expect(text).not.toMatch(mustNot);
  });

  test("Outlook LTSC 2024 in support: its update card is Update Options, or IT when the button is missing", () => {
    const d = run(classic("16.0.17932.20328"));
    const ctx = {
      client: d.assessment,
      accountType: null,
      smtp: smtpSituation(NOW),
      ews: ewsSituation(NOW),
    };
    const text = guideFor("update-client", ctx)
      .steps.map((s) => t(s.key, s.params))
      .join("\n");
    expect(text).toMatch(
      /File › Office Account › Update Options › Update Now[\s\S]*organisation manages updates/
    );
    expect(text).not.toMatch(/WSUS|out of support/);
  });

  test("Outlook 2013: the registry stopgap and the update card name the same two update routes", () => {
    const d = run(classic("15.0.5589.1000"));
    const stopgap = (planOf(d, "enable-modern-auth-registry")?.steps ?? [])
      .map((s) => t(s.key, { email: "a@b.c", ...s.params }))
      .join("\n");
    for (const text of [stopgap, updateText(d)]) {
      expect(text).toContain("Windows Update");
      expect(text).toContain("File › Office Account");
      expect(text).not.toContain("not from inside Outlook");
    }
  });

  test("out of support is in the answer, not only in a check row", () => {
    const d = run(classic("16.0.14332.21017"));
    expect(d.actions[0]).toBe("clear-cached-credentials");
    // The saved-sign-in cause is a guess here (no probe showed it), so the answer is hedged (issue 9, item 1).
    expect(d.summary.parts.map((p) => p.key)).toEqual([
      "clear-cached-credentials.likely",
      "support.out-of-support",
    ]);
    expect(d.summary.message).toContain("out of support since October 13, 2026");
  });

  test("the 'Your app' row says why the client isn't supported, as a problem with a structured reason", () => {
    const d = run(classic("16.0.19328.20266"));
    const row = checkRows(facts(classic("16.0.19328.20266")), d).find((r) => r.id === "client");
    expect(row?.status).toBe("problem");
    expect(row?.detail.map((x) => x.key)).toEqual(["detail.servicedUntil"]);
    expect(row?.detail.map((x) => t(x.key, x.params)).join(" ")).toBe(
      "No more updates since February 10, 2026."
    );
  });
});

describe("Outlook for Mac has no minimum, only 'a current version' (Part 3)", () => {
  const macRun = (version: string) => run({ problemClient: { app: "outlook-mac", version } });

  test("16.79 judged 2026-11-25: not current, below 16.83 since the certificate expired, AutoUpdate", () => {
    const d = macRun("16.79");
    const ids = d.findings.map((f) => f.id);
    expect(ids).not.toContain("client-current");
    expect(ids).toEqual(
      expect.arrayContaining(["client-mac-not-current", "client-mac-reduced-functionality"])
    );
    expect(d.problemClient.supported).toBe(false);
    expect(d.summary.message).toContain(
      "older than 16.83, so since July 13, 2026 it may open only in reduced-functionality mode"
    );
    const row = checkRows(
      facts({ problemClient: { app: "outlook-mac", version: "16.79" } }),
      d
    ).find((r) => r.id === "client");
    expect(row?.status).toBe("problem");
    expect(row?.detail.map((x) => t(x.key, x.params)).join(" ")).toBe(
      "Version 16.79 came out in November 2023 and isn't current any more."
    );
  });

  test("16.83 (March 2024) is past the certificate boundary but still not current: AutoUpdate, no view-only claim", () => {
    const d = macRun("16.83");
    const ids = d.findings.map((f) => f.id);
    expect(ids).toContain("client-mac-not-current");
    expect(ids).not.toContain("client-mac-reduced-functionality");
    expect(d.summary.message).toContain("came out in March 2024 and isn't current any more");
  });

  test("a version newer than the table is counted as current, named as itself, and IT is told", () => {
    const d = macRun("16.114");
    expect(d.problemClient.label).toBe("Outlook for Mac 16.114");
    expect(d.findings.map((f) => f.id)).toContain("client-current");
    expect(d.adminNotes.join(" ")).toContain(
      "Outlook for Mac 16.114 is newer than the assistant's Outlook for Mac release table (newest: 16.113, 2026-09); it is counted as current."
    );
  });

  test("a newer version whose build number dates it long ago: the IT note agrees with the 'update' verdict", () => {
    const d = macRun("16.116.25111010");
    expect(d.problemClient.supported).toBe(false);
    const notes = d.adminNotes.join(" ");
    expect(notes).toContain(
      "its build number dates it to 2025-11, so it is judged by that date and is not current"
    );
    expect(notes).not.toContain("counted as current");
  });

  test("the issue's 16.103: named as itself, November 2025, and no IT note calls it current", () => {
    const d = macRun("16.103");
    const f = d.findings.find((x) => x.id === "client-mac-not-current");
    expect(t("finding.client-mac-not-current" as MessageKey, f?.params)).toBe(
      "Outlook for Mac 16.103 came out in November 2025; Microsoft supports only current versions of Outlook for Mac, so install the latest updates with Microsoft AutoUpdate."
    );
    expect(d.summary.message).toContain(
      "Also, Outlook for Mac 16.103 came out in November 2025 and isn't current any more: update it with Microsoft AutoUpdate."
    );
    expect(d.summary.message).not.toMatch(/or later/);
    expect(d.adminNotes.join(" ")).not.toContain("counted as current");
  });
});

describe("hand-off to IT", () => {
  test("contact-admin makes Send to IT the main control, on one card only", () => {
    const d = run({
      ...classic("16.0.5513.1000"),
      probes: { token: { status: "failed", errorCode: "AADSTS53003" } },
    });
    expect(d.plan.filter((p) => p.handoff === "primary").map((p) => p.action)).toEqual([
      "contact-admin",
    ]);
  });

  test("an update only IT can do (replace, organisation, a Mac licence) is the primary hand-off when nothing else is", () => {
    for (const over of [
      classic("14.0.7268.5000"),
      classic("16.0.5513.1000"),
      { problemClient: { app: "outlook-mac", version: "16.78" } },
    ]) {
      const d = run(over);
      expect(planOf(d, "update-client")?.handoff).toBe("primary");
    }
    expect(planOf(run(classic("16.0.19328.20266")), "update-client")?.handoff).toBe("secondary");
  });
});

describe("notes for IT add what the user can't see", () => {
  test("Outlook problems point the help desk at the admin center's password prompt diagnostics", () => {
    const d = run(classic("16.0.20430.20088"));
    expect(d.adminNotes.join("\n")).toContain('"Outlook user password prompt diagnostics"');
    expect(d.adminNotes.join("\n")).toContain("https://aka.ms/PillarOutlookPasswordPrompt");
  });

  test("nothing wrong, no note", () => {
    expect(run({}).adminNotes).toEqual([]);
  });
});

describe("commands the user copies", () => {
  test("cmdkey targets are quoted, so &, | and ^ in an address stay text (F16)", () => {
    const copy = planOf(
      run(classic("16.0.20430.20088")),
      "clear-cached-credentials"
    )?.steps.flatMap((s) => s.copy ?? []);
    expect(copy).toContain('cmdkey /delete:"MicrosoftOffice16_Data:SSPI:{email}"');
    expect(copy).toContain('cmdkey /delete:"MicrosoftOffice15_Data:SSPI:{email}"');
  });
});

describe("sign-in offer, decided from the token probe and the error table", () => {
  const token = (status: string, errorCode: string | null, online = true) =>
    run({ probes: { online, token: { status, errorCode } } }).signIn;

  test.each([
    ["interaction_required", "AADSTS50076", true, "auth.failed"],
    ["interaction_required", "user_cancelled", true, "auth.cancelled"],
    ["interaction_required", "popup_window_error", true, "auth.popupBlocked"],
    ["interaction_required", "interaction_in_progress", false, "auth.inProgress"],
    ["interaction_required", null, true, null],
    ["failed", "AADSTS53003", false, "auth.failed"],
    ["failed", "AADSTS50055", true, "auth.failed"],
    ["failed", "unknown_thing", false, "auth.failed"],
    ["unsupported", "nested_app_auth_bridge_disabled", true, "auth.failed"],
    ["unsupported", null, false, null],
    ["ok", null, false, null],
    ["timeout", null, false, null],
  ])("%s %s → offer %s, message %s", (status, code, offer, message) => {
    const s = token(status, code);
    expect(s.offer).toBe(offer);
    expect(s.reason?.id ?? null).toBe(message);
  });

  test("offline, never", () => {
    expect(token("interaction_required", "AADSTS50076", false)).toEqual({
      offer: false,
      reason: null,
    });
  });

  test("a failed sign-in names its code for the user", () => {
    expect(token("failed", "AADSTS53003").reason).toEqual({
      id: "auth.failed",
      params: { code: "AADSTS53003" },
    });
  });
});

describe("cmdkey lines never let cmd.exe expand or break out of the quoted address (F16)", () => {
  const deletes = () =>
    (planOf(run(classic("16.0.20430.20088")), "clear-cached-credentials")?.steps ?? []).find(
      (s) => s.key === "step.clearWin.delete"
    )?.copy ?? [];

  test("a plain address is written into the quoted target", () => {
    expect(deletes().map((l) => copyLine(l, "ann.lee@contoso.com", "you@example.com"))).toEqual([
      'cmdkey /delete:"MicrosoftOffice16_Data:SSPI:ann.lee@contoso.com"',
      'cmdkey /delete:"MicrosoftOffice15_Data:SSPI:ann.lee@contoso.com"',
    ]);
  });

  test("& and | stay inside the quotes, where cmd.exe reads them literally", () => {
    expect(copyLine(deletes()[0] as string, "a&b|c@contoso.com", "you@example.com")).toBe(
      'cmdkey /delete:"MicrosoftOffice16_Data:SSPI:a&b|c@contoso.com"'
    );
  });

  test.each(["%USERNAME%@contoso.com", "a!PATH!b@contoso.com", 'x"&calc&"@contoso.com'])(
    "%s: not personalised, the generic line instead",
    (email) => {
      for (const line of deletes().map((l) => copyLine(l, email, "you@example.com"))) {
        expect(line).toContain("SSPI:you@example.com");
        expect(line).not.toMatch(/[%!]|calc/);
      }
    }
  );
});

describe("a card's title says what its steps do", () => {
  test("Apple Mail on a Mac: the card installs Outlook for Mac, so it isn't titled 'Update the app'", async () => {
    const d = run({ problemClient: { app: "apple-mail-macos", version: null } });
    const card = planOf(d, "update-client");
    // Where to do it comes first (the pane runs in Outlook on the web), then the install.
    expect(card?.steps.map((x) => x.key).slice(0, 2)).toEqual([
      "step.note.elsewhere",
      "step.outlookMac.install",
    ]);
    expect(card?.title).toBe("action.update-client.outlook-for-mac");
    expect(t(card?.title ?? "action.update-client")).toBe("Move to Outlook for Mac");
    const de = translator(await loadMessages("de-DE"));
    expect(de(card?.title ?? "action.update-client")).toBe("Zu Outlook für Mac wechseln");
  });

  test("other update cards keep the action's own title", () => {
    const d = run(classic("16.0.19328.20266"));
    expect(planOf(d, "update-client")?.title).toBe("action.update-client");
  });
});
