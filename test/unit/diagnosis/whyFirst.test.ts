// "Why this happens" opens with the cause in the person's words; instructions live in the guide; no sentence is
// said twice on the first screen (the answer, the why, the first card's reason and notes).
import { diagnose, parseFacts, type Diagnosis, type Facts } from "../../../src/diagnosis";
import { REASON_MESSAGES_EN } from "../../../src/diagnosis/messages.en";
import { SCENARIOS } from "../../../src/scenarios";
import { enUS, translator } from "../../../src/i18n";
import { facts, NOW } from "../../support/facts";

const t = translator(enUS);
const NO_CHECKS = {
  token: { status: "not_configured", errorCode: null },
  mailbox: { status: "skipped", httpStatus: null },
  authMethods: { status: "skipped", methods: [] },
};
const run = (o: Record<string, unknown>, collectedAt = "2026-11-24T08:30:00.000Z") =>
  diagnose(facts({ probes: NO_CHECKS, collectedAt, ...o }), { now: NOW });
const firstWhy = (d: Diagnosis) => d.findings.find((f) => f.id === d.why[0]);

describe("the first line of the why is the cause", () => {
  test.each([
    [
      "classic Outlook, no live checks",
      { problemClient: { app: "outlook-windows-classic" } },
      "cause-saved-sign-in",
      /^Since MFA was turned on, Microsoft 365 refuses the password or sign-in Outlook for Windows \(classic\) saved before/,
    ],
    [
      "Outlook for Mac",
      { problemClient: { app: "outlook-mac", version: "16.113.26100421" } },
      "cause-saved-sign-in",
      /Outlook for Mac saved before/,
    ],
    [
      "Outlook 2010",
      { problemClient: { app: "outlook-windows-classic", version: "Outlook 2010" } },
      "cause-no-modern-auth",
      /^Microsoft 365 accepts only the modern sign-in/,
    ],
    [
      "Outlook 2013",
      { problemClient: { app: "outlook-windows-classic", version: "Office 2013" } },
      "cause-registry",
      /signs in the old way/,
    ],
    [
      "another mail app",
      { problemClient: { app: "other" } },
      "cause-plain-password",
      /no longer accepts a plain password/,
    ],
    [
      "Thunderbird: the found cause leads",
      { problemClient: { app: "thunderbird" } },
      "client-set-up-with-password",
      /set up with a password/,
    ],
    [
      "a printer before the end of 2026",
      {
        problemClient: { app: "device-smtp" },
        org: { mfaMode: "perUserMfa", appPasswordsAllowed: true },
      },
      "cause-device-password",
      /^Since your organisation turned on MFA, Microsoft 365 refuses the normal password this device uses to send mail\.$/,
    ],
  ] as const)("%s → %s", (_name, o, id, text) => {
    const d = run(o as Record<string, unknown>);
    expect(d.why[0]).toBe(id);
    expect(firstWhy(d)?.message).toMatch(text);
  });

  test("a printer judged after the December 2026 change: the refusal is in the past tense, dated", () => {
    const d = run(
      {
        problemClient: { app: "device-smtp" },
        org: { mfaMode: "perUserMfa", appPasswordsAllowed: true },
      },
      "2027-01-15T09:00:00.000Z"
    );
    expect(d.why[0]).toBe("cause-device-basic-off");
    expect(
      t(`finding.${d.why[0]}` as "finding.cause-device-basic-off", firstWhy(d)?.params as never)
    ).toMatch(
      /^Since January 1, 2027, Microsoft 365 refuses the password this device uses to send mail, unless IT turns/
    );
  });

  test("Conditional Access: the reason is the answer, the mechanism the why", () => {
    const d = run({
      problemClient: { app: "outlook-windows-classic" },
      probes: { token: { status: "failed", errorCode: "AADSTS53003" } },
    });
    expect(d.why[0]).toBe("cause-policy");
  });

  test("a check that found the cause leads (no MFA method registered), with no cause line added", () => {
    const d = run({
      problemClient: { app: "outlook-windows-classic" },
      probes: {
        token: { status: "ok" },
        mailbox: { status: "ok", httpStatus: 200 },
        authMethods: { status: "ok", methods: ["password"] },
      },
    });
    expect(d.why[0]).toBe("mfa-method-missing");
    expect(d.why.filter((id) => id.startsWith("cause-"))).toEqual([]);
  });
});

describe("instructions are notes in the guide, not reasons", () => {
  test('the pane elsewhere: "do these steps where it runs" opens the first guide', () => {
    const d = run({ problemClient: { app: "outlook-windows-classic", version: "Outlook 2016" } });
    expect(d.why).not.toContain("host-differs");
    expect(d.plan[0]?.steps[0]).toMatchObject({ key: "step.note.elsewhere", kind: "note" });
  });
  test("\"don't create an app password\" is a note after the guide's main steps", () => {
    const d = run({ problemClient: { app: "outlook-windows-classic" } });
    expect(d.why).not.toContain("app-password-not-for-outlook");
    const steps = d.plan[0]?.steps ?? [];
    const at = steps.findIndex((s) => s.key === "step.note.noAppPassword");
    expect(at).toBeGreaterThan(0);
    expect(steps.slice(0, at).some((s) => s.kind === "advanced")).toBe(false);
  });
});

describe("no sentence twice on the first screen", () => {
  const sentences = (text: string) =>
    text
      .split(/(?<=[.!?])\s+/)
      .map((x) => x.trim())
      .filter((x) => x.length > 20);
  test.each(SCENARIOS.map((s) => [s.id, s] as const))("%s", (_id, s) => {
    const parsed = parseFacts(s.facts);
    if (!parsed.ok) throw new Error(`bad example ${s.id}`);
    const d = diagnose(parsed.facts as Facts, { now: NOW });
    const first = d.plan[0];
    const screen = [
      d.summary.message,
      ...d.why.map((id) => d.findings.find((f) => f.id === id)?.message ?? ""),
      ...(first?.reason && d.summary.action !== "contact-admin"
        ? [REASON_MESSAGES_EN[first.reason]]
        : []),
      ...(first?.steps ?? [])
        .filter((x) => !x.kind)
        .slice(0, 3)
        .map((x) => t(x.key, { email: "a@b.c", summary: "", ...x.params })),
    ].flatMap(sentences);
    const seen = new Set<string>();
    for (const line of screen) {
      expect([s.id, line, seen.has(line)]).toEqual([s.id, line, false]);
      seen.add(line);
    }
    // The SMTP deadline is said once.
    expect(screen.filter((x) => /December 31, 2026/.test(x)).length).toBeLessThanOrEqual(1);
  });
});
