// npm run audit:snapshot: runs `npm audit --omit=dev --omit=optional` (see prod-deps.js) and records the result with
// the exact production dependency set it covers. The test suite reads the snapshot offline: it fails on any high or
// critical advisory, and when the production dependencies change without a new snapshot. Where the registry refuses
// the audit endpoint (as a mirror may), the snapshot says so instead of pretending the audit passed.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { productionDependencies } = createRequire(import.meta.url)("./prod-deps.js");

{
  const r = spawnSync("npm", ["audit", "--omit=dev", "--omit=optional", "--json"], { cwd: ROOT, encoding: "utf8" });
  let report = null;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = null;
  }
  const available = Boolean(report?.metadata?.vulnerabilities);
  const snapshot = {
    date: new Date().toISOString(),
    auditAvailable: available,
    note: available ? "npm audit --omit=dev --omit=optional" : `npm audit could not run here: ${report?.message ?? r.stderr.trim().split("\n")[0] ?? "no answer"}`,
    vulnerabilities: available ? report.metadata.vulnerabilities : null,
    advisories: available ? Object.values(report.vulnerabilities ?? {}).map((v) => ({ name: v.name, severity: v.severity, range: v.range })) : [],
    productionDependencies: productionDependencies(),
  };
  writeFileSync(join(ROOT, "security/audit-snapshot.json"), `${JSON.stringify(snapshot, null, 2)}\n`);
  console.log(snapshot.note);
  if (available && (snapshot.vulnerabilities.high > 0 || snapshot.vulnerabilities.critical > 0)) process.exit(1);
}
