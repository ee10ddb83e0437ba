// Builds the production bundle the browser tests run against into dist-e2e/, never dist/ (a developer's or an
// admin's real build lives there). The public URL is an example: the tests serve the build from 127.0.0.1 and only
// check the manifest's URLs. dist/ is fingerprinted before and after; the build fails if it changed, and
// test/e2e/distManifest.e2e.ts checks the same fingerprint again once the other browser tests have run.
import { spawnSync } from "node:child_process";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { fingerprint, FINGERPRINT_FILE } = createRequire(import.meta.url)("./dist-fingerprint.js");
const OUT_DIR = "dist-e2e";

const env = { ...process.env, ADDIN_PUBLIC_URL: process.env.ADDIN_PUBLIC_URL || "https://addins.contoso.com/signin-assistant/" };
const before = fingerprint();
const r = spawnSync("npx", ["webpack", "--mode", "production", "--env", `outputDir=${OUT_DIR}`], {
  cwd: ROOT,
  stdio: ["ignore", "ignore", "inherit"],
  env,
  shell: process.platform === "win32",
});
if (r.status !== 0) {
  console.error("build-for-e2e: webpack failed");
  process.exit(r.status ?? 1);
}
if (JSON.stringify(fingerprint()) !== JSON.stringify(before)) {
  console.error("build-for-e2e: dist/ changed during the e2e build; the browser tests must only write dist-e2e/");
  process.exit(1);
}
mkdirSync(dirname(FINGERPRINT_FILE), { recursive: true });
// Written beside and renamed over, so a record shared through hard links (worktrees sharing node_modules) is replaced,
// not rewritten for every checkout at once.
writeFileSync(`${FINGERPRINT_FILE}.tmp`, JSON.stringify({ builtAt: new Date().toISOString(), dist: before }));
renameSync(`${FINGERPRINT_FILE}.tmp`, FINGERPRINT_FILE);
console.log(`build-for-e2e: ${OUT_DIR}/ built for ${env.ADDIN_PUBLIC_URL}; dist/ untouched`);
