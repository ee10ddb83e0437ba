// The shared example reports (../shared/examples) and what their README says a correct diagnosis is. The copies
// in src/scenarios feed the preview picker; each README sentence is asserted on them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose, parseFacts, type Diagnosis } from "../../../src/diagnosis";
import { SCENARIOS } from "../../../src/scenarios";
import { enUS, translator } from "../../../src/i18n";

const SHARED = join(__dirname, "../../../../shared/examples");
const SHARED_IDS = [
  "web-helping-outlook-2016-msi",
  "classic-current-needs-registration",
  "printer-smtp-per-user-mfa",
  "mac-outlook-keychain",
];
const NOW = new Date("2026-11-25T12:00:00Z");
const t = translator(enUS);

function scenario(id: string): unknown {
  return SCENARIOS.find((s) => s.id === id)?.facts;
}
function judge(raw: unknown): Diagnosis {
  const parsed = parseFacts(raw);
  if (!parsed.ok) throw new Error(parsed.field);
  return diagnose(parsed.facts, { now: NOW });
}
const stepTexts = (d: Diagnosis, action: string) =>
  (d.plan.find((p) => p.action === action)?.steps ?? []).map((s) => t(s.key, s.params));

(existsSync(SHARED) ? test.each(SHARED_IDS) : test.skip.each(SHARED_IDS))(
  "src/scenarios/%s.json is the shared example, unchanged",
  (id) => {
    expect(scenario(id)).toEqual(JSON.parse(readFileSync(join(SHARED, `${id}.json`), "utf8")));
  }
);

test("2016 MSI: out of support since 14 Oct 2025 but can still do modern auth: clear its cached credentials, plan an update. Never an app password.", () => {
  const d = judge(scenario("web-helping-outlook-2016-msi"));
  expect(d.problemClient).toMatchObject({
    label: "Outlook 2016 (MSI)",
    modernAuth: "yes",
    supported: false,
  });
  expect(d.assessment.endOfSupport).toBe("2025-10-14");
  expect(d.actions).toEqual(["clear-cached-credentials", "update-client"]);
  expect(d.actions).not.toContain("use-app-password");
  // Out of support is part of the answer, not only of a check row.
  expect(d.summary.message).toContain("out of support since October 14, 2025");
  // Updates come through the organisation: no Office Account menu path for an MSI product.
  expect(stepTexts(d, "update-client").join(" ")).toMatch(/Windows Update, WSUS/);
  expect(stepTexts(d, "update-client").join(" ")).not.toMatch(/Update Options/);
});

test("classic current: MFA not completed: sign in interactively (offered), register a method if none; Version 2609 is current in November 2026, a 2510 build is not", () => {
  const d = judge(scenario("classic-current-needs-registration"));
  expect(d.signIn.offer).toBe(true);
  expect(d.actions[0]).toBe("register-mfa");
  expect(d.findings.map((f) => f.id)).toEqual(
    expect.arrayContaining(["signin-mfa-required", "client-current"])
  );
  expect(d.problemClient).toMatchObject({
    label: "Outlook for Microsoft 365 (Version 2609)",
    supported: true,
  });

  const raw = JSON.parse(JSON.stringify(scenario("classic-current-needs-registration")));
  raw.problemClient.version = raw.host.hostVersion = raw.host.officeVersion = "16.0.19328.20266";
  const old = judge(raw);
  expect(old.problemClient).toMatchObject({
    label: "Outlook for Microsoft 365 (Version 2510)",
    supported: false,
  });
  expect(old.actions).toContain("update-client");
});

test("printer: an app password is a valid stopgap (per-user MFA, allowed), with the SMTP AUTH deadline shown and the admin for a lasting fix", () => {
  const d = judge(scenario("printer-smtp-per-user-mfa"));
  expect(d.actions).toEqual(["use-app-password", "contact-admin"]);
  expect(stepTexts(d, "use-app-password").join(" ")).toContain("December 31, 2026 (38 days left)");
  expect(d.plan.find((p) => p.action === "contact-admin")?.handoff).toBe("primary");
  expect(d.links).toContain(
    "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835"
  );
});

test("Mac keychain: current Outlook for Mac with working modern auth: guide through Keychain Access", () => {
  const d = judge(scenario("mac-outlook-keychain"));
  expect(d.problemClient).toMatchObject({
    // The version is named as itself (Part 4: 16.113 is the newest verified, so 16.102 is no longer "or later").
    label: "Outlook for Mac 16.102",
    modernAuth: "yes",
    // 16.102.25101829 was built 2025-10-18: thirteen months before collectedAt it is not "a current version"
    // (Part 3), so AutoUpdate follows the Keychain guidance.
    supported: false,
  });
  expect(d.actions).toEqual(["clear-cached-credentials", "update-client"]);
  const steps = d.plan[0]?.steps ?? [];
  expect(steps.map((s) => s.key)).toContain("step.clearMac.open");
  expect(steps.flatMap((s) => s.copy ?? [])).toContain("Microsoft Office Identities Cache 2");
});
