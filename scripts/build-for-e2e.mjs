// Builds the production bundle the browser tests run against, with an example public URL (the tests serve dist/
// from 127.0.0.1; the manifest's URLs are only checked, never loaded).
import { spawnSync } from "node:child_process";

const env = { ...process.env, ADDIN_PUBLIC_URL: process.env.ADDIN_PUBLIC_URL || "https://addins.contoso.com/signin-assistant/" };
const r = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: ["ignore", "ignore", "inherit"], env, shell: process.platform === "win32" });
if (r.status !== 0) {
  console.error("build-for-e2e: webpack failed");
  process.exit(r.status ?? 1);
}
console.log(`build-for-e2e: dist/ built for ${env.ADDIN_PUBLIC_URL}`);
