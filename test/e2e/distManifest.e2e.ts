import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT } from "../support/browser";
import { checkManifest } from "../support/manifestCheck";

const BASE = process.env.ADDIN_PUBLIC_URL || "https://addins.contoso.com/signin-assistant/";

test("dist/manifest.xml from the production build passes the offline checks", () => {
  const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  expect(xml).not.toContain("localhost");
  expect(
    checkManifest(xml, { base: BASE, assetRoot: DIST, packageVersion: pkg.version }).problems
  ).toEqual([]);
});

test("dist/ is a self-contained static site with no source maps", () => {
  for (const f of [
    "taskpane.html",
    "dialog.html",
    "support.html",
    "manifest.xml",
    "assets/icon-80.png",
  ])
    expect(existsSync(join(DIST, f))).toBe(true);
  expect(readdirSync(DIST).filter((f) => f.endsWith(".map"))).toEqual([]);
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  // Every script the page loads, other than office.js, is a file in dist/.
  for (const src of [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map(
    (m) => m[1] as string
  )) {
    if (!src.startsWith("https://appsforoffice.microsoft.com/"))
      expect(existsSync(join(DIST, src))).toBe(true);
  }
});
