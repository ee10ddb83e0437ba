import fc from "fast-check";
import {
  ACCOUNT_TYPES,
  ACTIONS,
  diagnose,
  EWS_TOKEN_STATUSES,
  HOST_NAMES,
  isAllowedLink,
  MAILBOX_STATUSES,
  MFA_MODES,
  MODERN_AUTH,
  parseFacts,
  PLATFORMS,
  PROBLEM_APPS,
  SEVERITIES,
  TOKEN_STATUSES,
} from "../../../src/diagnosis";
import { FINDING_MESSAGES_EN } from "../../../src/diagnosis/messages.en";
import { SIGN_IN_ERRORS } from "../../../src/diagnosis/tables/signInErrors";

/** Any value from the vocabulary, an unknown string, or null: reports come from many client versions. */
const enumish = (list: readonly string[]) =>
  fc.oneof(fc.constantFrom(...list), fc.string({ maxLength: 12 }), fc.constant(null));
const version = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 120 }),
      fc.integer({ min: 0, max: 25000 }),
      fc.integer({ min: 0, max: 30000 })
    )
    .map((p) => p.join("."))
);
const errorCode = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...SIGN_IN_ERRORS.map((e) => e.code)),
  fc.string({ maxLength: 15 })
);
const date = fc.oneof(
  fc.constant(null),
  fc.constant("not a date"),
  fc
    .date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString())
);

const report = fc.record({
  schema: fc.constant(1),
  collectedAt: date,
  host: fc.record({
    hostName: enumish(HOST_NAMES),
    hostVersion: version,
    platform: enumish(PLATFORMS),
    officeVersion: version,
    mailboxRequirementSet: fc.oneof(
      fc.constant(null),
      fc.constantFrom("1.1", "1.5", "1.13", "1.16")
    ),
    nestedAppAuth: fc.oneof(fc.boolean(), fc.constant(null)),
    accountType: enumish(ACCOUNT_TYPES),
    ewsTokenStatus: enumish(EWS_TOKEN_STATUSES),
  }),
  problemClient: fc.record({ app: enumish(PROBLEM_APPS), version }),
  probes: fc.record({
    online: fc.oneof(fc.boolean(), fc.constant(null)),
    token: fc.record({ status: enumish(TOKEN_STATUSES), errorCode }),
    mailbox: fc.record({
      status: enumish(MAILBOX_STATUSES),
      httpStatus: fc.oneof(
        fc.constant(null),
        fc.constantFrom(200, 401, 403, 404, 429, 500, 503),
        fc.integer({ min: 0, max: 999 })
      ),
    }),
    authMethods: fc.record({
      status: enumish(MAILBOX_STATUSES),
      methods: fc.array(
        fc.constantFrom(
          "password",
          "email",
          "phone",
          "fido2",
          "microsoftAuthenticator",
          "softwareOath",
          "weird"
        ),
        { maxLength: 4 }
      ),
    }),
  }),
  org: fc.record({
    mfaMode: enumish(MFA_MODES),
    appPasswordsAllowed: fc.oneof(fc.boolean(), fc.constant(null)),
  }),
});

const NOW = new Date("2026-11-25T12:00:00Z");
const NEVER_APP_PASSWORD = new Set([
  "outlook-windows-classic",
  "outlook-windows-new",
  "outlook-mac",
  "outlook-web",
  "outlook-ios",
  "outlook-android",
  "apple-mail-macos",
  "apple-mail-ios",
  "android-mail",
  "thunderbird",
  "other-imap-pop",
]);

test("for any report, diagnose never throws and speaks only the contract's vocabulary", () => {
  fc.assert(
    fc.property(report, (raw) => {
      const parsed = parseFacts(raw);
      if (!parsed.ok) return false;
      const d = diagnose(parsed.facts, { now: NOW });
      expect(d.actions.length).toBeGreaterThan(0);
      expect(new Set(d.actions).size).toBe(d.actions.length);
      for (const a of d.actions) expect(ACTIONS).toContain(a);
      if (d.actions.includes("none")) expect(d.actions).toEqual(["none"]);
      expect(PROBLEM_APPS).toContain(d.problemClient.app);
      expect(MODERN_AUTH).toContain(d.problemClient.modernAuth);
      for (const f of d.findings) {
        expect(SEVERITIES).toContain(f.severity);
        expect(Object.keys(FINDING_MESSAGES_EN)).toContain(f.id);
        expect(f.message).not.toMatch(/\{\w+\}/);
      }
      for (const link of d.links) expect(isAllowedLink(link)).toBe(true);
      return true;
    }),
    { numRuns: 2000 }
  );
});

test("use-app-password never appears for Outlook, EAS, IMAP or POP clients against Exchange Online", () => {
  fc.assert(
    fc.property(report, (raw) => {
      const parsed = parseFacts(raw);
      if (!parsed.ok) return false;
      const d = diagnose(parsed.facts, { now: NOW });
      const exo =
        parsed.facts.host.accountType === "office365" || parsed.facts.host.accountType === null;
      if (exo && NEVER_APP_PASSWORD.has(d.problemClient.app))
        expect(d.actions).not.toContain("use-app-password");
      return true;
    }),
    { numRuns: 2000 }
  );
});

test("diagnose is deterministic for a given date", () => {
  fc.assert(
    fc.property(report, (raw) => {
      const parsed = parseFacts(raw);
      if (!parsed.ok) return false;
      expect(diagnose(parsed.facts, { now: NOW })).toEqual(diagnose(parsed.facts, { now: NOW }));
      return true;
    }),
    { numRuns: 300 }
  );
});
