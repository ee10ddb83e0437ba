import { readdirSync } from "node:fs";
import { join } from "node:path";
import { diagnose, parseFacts, type ActionId } from "../../../src/diagnosis";
import { SCENARIOS } from "../../../src/scenarios";
import { NOW } from "../../support/facts";

/** The expected diagnosis of every example report. */
const EXPECTED: Record<
  string,
  {
    app: string;
    modernAuth: string;
    supported: boolean | null;
    actions: ActionId[];
    findings: string[];
  }
> = {
  "classic-current-needs-registration": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: true,
    actions: ["register-mfa", "clear-cached-credentials"],
    findings: ["signin-mfa-required", "client-current"],
  },
  "m365-2510-out-of-servicing": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: false,
    actions: ["clear-cached-credentials", "update-client"],
    findings: ["client-old-build", "cached-credentials-likely"],
  },
  "ltsc-2021-out-of-support": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: false,
    actions: ["clear-cached-credentials", "update-client"],
    findings: ["client-out-of-support", "token-unsupported"],
  },
  "mac-2019": {
    app: "outlook-mac",
    modernAuth: "yes",
    supported: false,
    actions: ["clear-cached-credentials", "update-client"],
    findings: ["client-out-of-support"],
  },
  "apple-mail-macos-ews-off": {
    app: "apple-mail-macos",
    modernAuth: "yes",
    supported: true,
    actions: ["update-client", "switch-to-modern-auth"],
    findings: ["apple-mail-ews-off", "host-differs"],
  },
  "web-helping-outlook-2016-msi": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: false,
    actions: ["clear-cached-credentials", "update-client"],
    findings: ["client-out-of-support", "host-differs"],
  },
  "web-helping-outlook-2013": {
    app: "outlook-windows-classic",
    modernAuth: "needs-registry",
    supported: false,
    actions: ["update-client", "enable-modern-auth-registry"],
    findings: ["client-needs-registry"],
  },
  "web-helping-outlook-2010": {
    app: "outlook-windows-classic",
    modernAuth: "no",
    supported: false,
    actions: ["update-client"],
    findings: ["client-no-modern-auth"],
  },
  "mac-outlook-keychain": {
    app: "outlook-mac",
    modernAuth: "yes",
    // Built 2025-10-18 and judged 2026-11-24: not "a current version" (Part 3), so AutoUpdate follows.
    supported: false,
    actions: ["clear-cached-credentials", "update-client"],
    findings: ["cached-credentials-likely", "client-mac-not-current"],
  },
  "mac-2011": {
    app: "outlook-mac",
    modernAuth: "no",
    supported: false,
    actions: ["update-client"],
    findings: ["client-no-modern-auth"],
  },
  "iphone-mail-set-up-with-password": {
    app: "apple-mail-ios",
    modernAuth: "yes",
    supported: true,
    actions: ["switch-to-modern-auth"],
    findings: ["client-set-up-with-password"],
  },
  "thunderbird-imap": {
    app: "thunderbird",
    modernAuth: "yes",
    supported: true,
    actions: ["switch-to-modern-auth"],
    findings: ["client-set-up-with-password"],
  },
  "printer-smtp-per-user-mfa": {
    app: "device-smtp",
    modernAuth: "unknown",
    supported: null,
    actions: ["use-app-password", "contact-admin"],
    findings: ["app-password-stopgap"],
  },
  "printer-conditional-access": {
    app: "device-smtp",
    modernAuth: "unknown",
    supported: null,
    actions: ["contact-admin"],
    findings: ["app-passwords-unavailable"],
  },
  "blocked-by-conditional-access": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: true,
    // The policy is the cause: no saved-sign-in card after it (issue 9, item 4).
    actions: ["contact-admin"],
    findings: ["signin-blocked-by-policy"],
  },
  "password-expired": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: true,
    // The expired password is the cause: no saved-sign-in card after it (issue 9, item 4).
    actions: ["reset-password"],
    findings: ["signin-password-expired"],
  },
  "no-mfa-method-registered": {
    app: "outlook-android",
    modernAuth: "yes",
    supported: true,
    actions: ["register-mfa", "clear-cached-credentials"],
    findings: ["mfa-method-missing"],
  },
  offline: {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: true,
    // Offline is the cause: no saved-sign-in card after it (issue 9, item 4).
    actions: ["check-network"],
    findings: ["offline"],
  },
  "graph-timeout": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: true,
    actions: ["clear-cached-credentials", "check-network"],
    findings: ["mailbox-timeout", "network-timeout"],
  },
  "on-premises-mailbox": {
    app: "outlook-windows-classic",
    modernAuth: "yes",
    supported: true,
    actions: ["clear-cached-credentials", "contact-admin"],
    findings: ["account-on-premises", "mailbox-not-found"],
  },
  "all-good-web-not-configured": {
    app: "outlook-web",
    modernAuth: "yes",
    supported: true,
    actions: ["none"],
    findings: ["all-good", "token-not-configured"],
  },
};

test("every example file is in the picker and has an expectation (at least 12)", () => {
  const files = readdirSync(join(__dirname, "../../../src/scenarios"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""));
  expect(files.length).toBeGreaterThanOrEqual(12);
  expect(SCENARIOS.map((s) => s.id).sort()).toEqual(files.sort());
  expect(Object.keys(EXPECTED).sort()).toEqual(files.sort());
});

test.each(SCENARIOS.map((s) => [s.id, s.facts]))("%s", (id, raw) => {
  const parsed = parseFacts(raw);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const d = diagnose(parsed.facts, { now: NOW });
  const e = EXPECTED[id as string];
  expect(d.problemClient).toMatchObject({
    app: e?.app,
    modernAuth: e?.modernAuth,
    supported: e?.supported,
  });
  expect(d.actions).toEqual(e?.actions);
  expect(d.findings.map((f) => f.id)).toEqual(expect.arrayContaining(e?.findings ?? []));
});
