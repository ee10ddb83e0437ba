// npm run validate:xsd: validates manifest.xml and the production manifest against Microsoft's XSDs with xmllint.
// The XSDs are reference data kept outside the repo ($SCHEMA_DIR, default ../shared/schemas). Missing schemas or a
// missing xmllint is a failure, never a silent pass.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { productionBaseUrl, rewriteManifest } = require("./public-url.js");
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = resolve(root, process.env.SCHEMA_DIR || "../shared/schemas");
const schema = join(schemaDir, "OfficeAppManifestV1_1.xsd");

if (!existsSync(schema)) {
  console.error(`validate:xsd: no schema at ${schema}. Set SCHEMA_DIR to the folder holding Microsoft's manifest XSDs (OfficeAppManifestV1_1.xsd and its imports).`);
  process.exit(1);
}
if (spawnSync("xmllint", ["--version"]).error) {
  console.error("validate:xsd: xmllint not found. Install it (Debian/Ubuntu: apt-get install libxml2-utils; macOS: it ships with the OS).");
  process.exit(1);
}

const base = productionBaseUrl(process.env.ADDIN_PUBLIC_URL || "https://addins.contoso.com/signin-assistant/");
const tmp = mkdtempSync(join(tmpdir(), "manifest-"));
const production = join(tmp, "manifest.production.xml");
writeFileSync(production, rewriteManifest(readFileSync(join(root, "manifest.xml"), "utf8"), "https://localhost:3000/", base));

const targets = [join(root, "manifest.xml"), production];
for (const built of ["dist", "dist-e2e"])
  if (existsSync(join(root, built, "manifest.xml"))) targets.push(join(root, built, "manifest.xml"));

let failed = false;
for (const file of targets) {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
  const ok = r.status === 0;
  failed ||= !ok;
  console.log(`${ok ? "valid  " : "INVALID"} ${file}`);
  if (!ok) console.error(r.stderr.trim());
}
process.exit(failed ? 1 : 0);
