import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

test("the version script copies package.json's version into the manifest's four-part <Version>", () => {
  const dir = mkdtempSync(join(tmpdir(), "version-"));
  cpSync(join(ROOT, "scripts"), join(dir, "scripts"), { recursive: true });
  cpSync(join(ROOT, "manifest.xml"), join(dir, "manifest.xml"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ version: "2.3.4" }));
  const r = spawnSync(process.execPath, [join(dir, "scripts/sync-manifest-version.mjs")], {
    encoding: "utf8",
  });
  expect(r.status).toBe(0);
  expect(readFileSync(join(dir, "manifest.xml"), "utf8")).toContain("<Version>2.3.4.0</Version>");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ version: "2.3.4-beta.1" }));
  expect(spawnSync(process.execPath, [join(dir, "scripts/sync-manifest-version.mjs")]).status).toBe(
    1
  );
});
