import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");
const run = (args: string[], input?: string) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/configCheck.ts"), ...args], {
    input,
    encoding: "utf8",
    cwd: ROOT,
  });

test("a valid file exits 0 and prints the effective settings", () => {
  const r = run(["config.example.json"]);
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).organizationName).toBe("Contoso");
});

test("bad fields exit 2 with one line per field and nothing on stdout", () => {
  const r = run(["-"], JSON.stringify({ mfaMode: "sometimes", helpDesk: { url: "http://x" } }));
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^mfaMode: /),
    expect.stringMatching(/^helpDesk\.url: /),
  ]);
});

test("not JSON or no file exits 2", () => {
  expect(run(["-"], "{").status).toBe(2);
  expect(run(["missing.json"]).status).toBe(2);
  expect(run([]).status).toBe(2);
});
