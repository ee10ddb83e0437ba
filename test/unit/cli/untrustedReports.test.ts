// Reports and file names from outside: free text posing as sign-in methods, floods of ignored keys, impossible
// dates, encodings the reader can't decode, escape sequences in a file name, and options given values.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run, type CliIo } from "../../../src/cli/cli";
import { diagnoseCommand } from "../../../src/cli/commands";
import { EXIT_BAD_INPUT, EXIT_OK } from "../../../src/cli/defaults";
import type { ReadResult } from "../../../src/cli/input";
import { diagnose, parseFacts } from "../../../src/diagnosis";
import { MAX_INPUT_NOTES } from "../../../src/diagnosis/facts";

const ROOT = join(__dirname, "../../..");
const NOW = new Date("2026-11-25T12:00:00Z");
const scenario = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, "src/scenarios", `${name}.json`), "utf8"));
const bytes = (b: Buffer | string): ReadResult => ({
  kind: "ok",
  bytes: new Uint8Array(Buffer.from(b)),
});
const diagnoseText = (b: Buffer | string, text = true) =>
  diagnoseCommand(bytes(b), "report.json", { text, now: NOW });

/** A report whose methods check succeeded with the given list (MFA-capable Authenticator first). */
function withMethods(methods: string[]) {
  const r = scenario("password-expired");
  r.probes.token = { status: "ok", errorCode: null };
  r.probes.mailbox = { status: "ok", httpStatus: 200 };
  r.probes.authMethods = { status: "ok", methods };
  return r;
}

describe("methods: only Graph's method types, free text never shown as a method", () => {
  const spoof = [
    "x\u3000\u3000\u3000[OK  ] all checks passed",
    "Call IT now on +1 555 0100 and read them your code",
    "tag\u{e0041}char",
  ];

  test("free text is dropped from the list and counted in a note, quoted", () => {
    const parsed = parseFacts(withMethods(["microsoftAuthenticator", ...spoof]));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.facts.probes.authMethods.methods).toEqual(["microsoftAuthenticator"]);
    const note = parsed.facts.inputNotes?.find((n) => n.startsWith("probes.authMethods.methods"));
    expect(note).toMatch(
      /^probes\.authMethods\.methods: 3 entries \(".*\) not a method type, ignored$/
    );
  });

  test("--text: the OK finding line names no free text, and nothing reaches it unquoted", () => {
    const r = diagnoseText(JSON.stringify(withMethods(["microsoftAuthenticator", ...spoof])));
    expect(r.exitCode).toBe(EXIT_OK);
    const findings = r.stdout.split("\n").filter((l) => /^ {2}\[(OK|INFO|WARN|FAIL)/.test(l));
    expect(findings.find((l) => l.includes("approve sign-ins"))).toBeDefined();
    expect(findings.join("\n")).not.toMatch(/Call IT|all checks passed/);
    expect(r.stdout).not.toMatch(/\u3000/);
  });

  test("an unknown but Graph-shaped type is shown quoted, as the report's word", () => {
    const d = diagnose(parseFactsOrThrow(withMethods(["fido2", "newMethodType"])), { now: NOW });
    const ok = d.findings.find((f) => f.id === "mfa-methods-ok");
    expect(ok?.message).toContain('"newMethodType"');
  });

  test("a list of nothing but free text is an unknown result, never 'no method registered'", () => {
    const parsed = parseFactsOrThrow(withMethods(spoof));
    expect(parsed.probes.authMethods.status).toBeNull();
    const d = diagnose(parsed, { now: NOW });
    expect(d.findings.map((f) => f.id)).not.toContain("mfa-method-missing");
    expect(d.actions).not.toContain("register-mfa");
  });
});

function parseFactsOrThrow(raw: unknown) {
  const parsed = parseFacts(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.facts;
}

describe("notes about ignored input are capped", () => {
  test("80,000 unknown ticked keys: one counted note, not one each; the text stays small", () => {
    const r = scenario("password-expired");
    r.userReport = {
      ticked: Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`k${i}`, []])),
    };
    const facts = parseFactsOrThrow(r);
    const notes = facts.inputNotes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^userReport\.ticked: 80000 keys \("k0", "k1", "k2", and 79997 more\) ignored$/
    );
    const out = diagnoseText(JSON.stringify(r));
    expect(out.exitCode).toBe(EXIT_OK);
    expect(out.stdout.length).toBeLessThan(20_000);
  });

  test("more notes than the cap: the first ones, then 'and N more'", () => {
    const r = scenario("password-expired");
    const actions = [
      "check-network",
      "register-mfa",
      "reset-password",
      "clear-cached-credentials",
      "enable-modern-auth-registry",
      "update-client",
      "switch-to-modern-auth",
      "use-app-password",
      "contact-admin",
      "none",
    ];
    // Over 20 notes: one per action with a bad step key, plus one for each other field that can be refused or cut.
    r.userReport = {
      ticked: { ...Object.fromEntries(actions.map((a) => [a, ["bad key"]])), madeUp: [] },
      prompt: "nope",
      note: "n".repeat(600),
    };
    r.errors = "x";
    r.collectedAt = "2026-02-30T00:00:00Z";
    r.probes.token.errorCode = "not a code";
    r.probes.mailbox.errorCode = "not a code either";
    r.host.hostVersion = "1".repeat(100);
    r.host.officeVersion = "2".repeat(100);
    r.problemClient.version = "v".repeat(300);
    r.probes.authMethods = { status: "ok", methods: ["fido2", "a b"] };
    const notes = parseFactsOrThrow(r).inputNotes ?? [];
    expect(notes).toHaveLength(MAX_INPUT_NOTES);
    expect(notes.at(-1)).toMatch(/^and [2-9] more notes about the report$/);
  });
});

describe("impossible dates are named, not rolled over", () => {
  test.each(["2026-02-30T00:00:00Z", "2026-04-31", "2026-13-01T00:00:00Z", "2025-02-29T10:00:00Z"])(
    "%s",
    (date) => {
      const r = scenario("password-expired");
      r.collectedAt = date;
      const facts = parseFactsOrThrow(r);
      expect(facts.collectedAt).toBeNull();
      expect(facts.collectedAtRejected).toBe(date);
      expect(facts.inputNotes).toContainEqual(expect.stringMatching(/is not a real calendar date/));
      const d = diagnose(facts, { now: NOW });
      expect(d.findings.map((f) => f.id)).toContain("report-date-implausible");
    }
  );

  test("a real leap day is accepted", () => {
    const r = scenario("password-expired");
    r.collectedAt = "2024-02-29T10:00:00Z";
    expect(parseFactsOrThrow(r).collectedAt).toBe("2024-02-29T10:00:00Z");
  });
});

describe("encodings the reader can't decode are named", () => {
  const json = JSON.stringify(scenario("password-expired"));
  const utf32le = (s: string) => {
    const b = Buffer.alloc(s.length * 4);
    [...s].forEach((c, i) => b.writeUInt32LE(c.codePointAt(0) as number, i * 4));
    return b;
  };
  test.each([
    [
      "UTF-16 BE without a BOM",
      Buffer.from(json, "utf16le").swap16(),
      /UTF-16 \(big-endian\) without a byte-order mark/,
    ],
    [
      "UTF-32 LE with a BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le(json)]),
      /UTF-32 \(little-endian\)/,
    ],
    ["UTF-32 LE without a BOM", utf32le(json), /UTF-32 \(little-endian\)/],
    [
      "UTF-32 BE with a BOM",
      Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32le(json).swap32()]),
      /UTF-32 \(big-endian\)/,
    ],
  ])("%s", (_, input, pattern) => {
    const r = diagnoseText(input, false);
    expect(r.exitCode).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).toMatch(/save it as UTF-8\n$/);
  });
});

describe("the command line", () => {
  const io = (files: Record<string, ReadResult>): CliIo => ({
    read: (path) => files[path] ?? { kind: "error", code: "ENOENT" },
    now: () => NOW,
  });

  test("a file name with escape sequences is printed quoted, no ESC or BEL reaching the terminal", () => {
    const name = "\u001b]0;pwned\u0007\u001b[31mreport.json";
    const cases: Record<string, ReadResult>[] = [
      {},
      { [name]: { kind: "too-large", size: 1_153_434 } },
    ];
    for (const files of cases) {
      const r = run(["diagnose", name], io(files));
      expect(r.exitCode).toBe(EXIT_BAD_INPUT);
      // eslint-disable-next-line no-control-regex -- the point is that none is there
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(r.stderr).toContain(JSON.stringify(name));
    }
  });

  test("--text=1 is reported as an option that takes no value, not as an unknown option", () => {
    const r = run(["diagnose", "--text=1", "r.json"], io({ "r.json": bytes("{}") }));
    expect(r.exitCode).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toMatch(/^option --text takes no value/);
    expect(r.stderr).not.toMatch(/unknown option/);
  });
});
