// Proof that the browser tests leave dist/ alone: a fingerprint of dist/ taken by scripts/build-for-e2e.mjs before it
// builds dist-e2e/, compared after the build and again by test/e2e/distManifest.e2e.ts after the other suites ran.
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join, relative } = require("node:path");

const ROOT = join(__dirname, "..");
const FINGERPRINT_FILE = join(ROOT, "node_modules", ".cache", "outlook-signin-assistant", "e2e-build.json");

/** Every file under dir with its size and modification time, or "absent". */
function fingerprint(dir = join(ROOT, "dist")) {
  if (!existsSync(dir)) return "absent";
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else files.push(`${relative(dir, p)} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(dir);
  return files;
}

module.exports = { fingerprint, FINGERPRINT_FILE };
