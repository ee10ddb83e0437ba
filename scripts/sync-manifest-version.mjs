// Runs from npm's "version" lifecycle (npm version x.y.z): copies package.json's version into manifest.xml's
// <Version> (four parts), so the two are bumped together and Integrated apps sees a higher version.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
if (!m) {
  console.error(`package.json version "${version}" must be major.minor.patch (manifest versions are numeric).`);
  process.exit(1);
}
const file = join(root, "manifest.xml");
const xml = readFileSync(file, "utf8");
const next = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${m[1]}.${m[2]}.${m[3]}.0</Version>`);
if (next === xml && !xml.includes(`<Version>${version}.0</Version>`)) {
  console.error("manifest.xml has no <Version> element.");
  process.exit(1);
}
writeFileSync(file, next);
console.log(`manifest.xml <Version> is now ${version}.0`);
