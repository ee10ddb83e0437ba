// Creates the localhost certificate for the dev server if it is missing. It only writes the files: trusting the CA
// needs an administrator (office-addin-debugging asks on Windows and macOS; elsewhere, trust ca.crt yourself).
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import devCerts from "office-addin-dev-certs";

const dir = join(homedir(), ".office-addin-dev-certs");
if (!existsSync(join(dir, "localhost.crt")) || !existsSync(join(dir, "localhost.key"))) {
  await devCerts.generateCertificates();
  console.log(`Dev certificates written to ${dir}. Trust ca.crt there to avoid browser warnings.`);
}
