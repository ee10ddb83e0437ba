import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const run = (args: string[], input?: string) =>
  spawnSync(TSX, [join(ROOT, "src/cli/diagnose.ts"), ...args], {
    input,
    encoding: "utf8",
    cwd: ROOT,
  });

describe("npm run --silent diagnose", () => {
  test("a valid file prints one diagnosis as JSON and exits 0", () => {
    const r = run(["src/scenarios/web-helping-outlook-2013.json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const d = JSON.parse(r.stdout);
    expect(d.schema).toBe(1);
    expect(d.actions).toEqual(["update-client", "enable-modern-auth-registry"]);
    expect(d.problemClient).toMatchObject({
      app: "outlook-windows-classic",
      label: "Outlook 2013",
      modernAuth: "needs-registry",
      supported: false,
    });
  });

  test("- reads standard input", () => {
    const r = run(
      ["-"],
      JSON.stringify({ schema: 1, host: {}, problemClient: { app: "thunderbird" }, probes: {} })
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).actions).toEqual(["switch-to-modern-auth"]);
  });

  test("--text prints a summary a help desk can paste", () => {
    const r = run(["src/scenarios/printer-smtp-per-user-mfa.json", "--text"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Actions, in order:");
    expect(r.stdout).toContain("1. use-app-password");
    expect(r.stdout).toContain("2026-12-31");
  });

  test.each([
    ["not JSON", "{oops", "(root)"],
    [
      "an unknown schema",
      JSON.stringify({ schema: 9, host: {}, problemClient: {}, probes: {} }),
      "schema",
    ],
    [
      "a missing probes object",
      JSON.stringify({ schema: 1, host: {}, problemClient: {} }),
      "probes",
    ],
    [
      "a wrong type",
      JSON.stringify({ schema: 1, host: { nestedAppAuth: "true" }, problemClient: {}, probes: {} }),
      "host.nestedAppAuth",
    ],
  ])("%s exits 2 with one line naming the field and nothing on stdout", (_, input, field) => {
    const r = run(["-"], input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(field);
  });

  test("an unknown enum string is not an error", () => {
    const r = run(
      ["-"],
      JSON.stringify({
        schema: 1,
        host: { hostName: "OutlookVR" },
        problemClient: { app: "carrier-pigeon" },
        probes: { token: { status: "new-status" } },
      })
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).problemClient.app).toBe("other");
  });

  test("a missing file and a missing argument exit 2", () => {
    expect(run(["no/such/file.json"]).status).toBe(2);
    expect(run([]).status).toBe(2);
  });
});
