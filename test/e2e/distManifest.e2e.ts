import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILD, ROOT } from "../support/browser";
import { checkManifest } from "../support/manifestCheck";

const BASE = process.env.ADDIN_PUBLIC_URL || "https://addins.contoso.com/signin-assistant/";
const { fingerprint, FINGERPRINT_FILE } = require("../../scripts/dist-fingerprint.js") as {
  fingerprint(dir?: string): string[] | "absent";
  FINGERPRINT_FILE: string;
};

test("the e2e build's manifest.xml passes the offline checks", () => {
  const xml = readFileSync(join(BUILD, "manifest.xml"), "utf8");
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  expect(xml).not.toContain("localhost");
  expect(
    checkManifest(xml, { base: BASE, assetRoot: BUILD, packageVersion: pkg.version }).problems
  ).toEqual([]);
});

test("the e2e build is a self-contained static site with no source maps", () => {
  for (const f of [
    "taskpane.html",
    "dialog.html",
    "support.html",
    "manifest.xml",
    "web.config",
    "staticwebapp.config.json",
    "assets/icon-80.png",
  ])
    expect(existsSync(join(BUILD, f))).toBe(true);
  expect(readdirSync(BUILD).filter((f) => f.endsWith(".map"))).toEqual([]);
  // The example config has placeholder values an admin might upload by mistake (security review F18).
  expect(existsSync(join(BUILD, "config.example.json"))).toBe(false);
  const html = readFileSync(join(BUILD, "taskpane.html"), "utf8");
  expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  // Every script the page loads, other than office.js, is a file in the build.
  for (const src of [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map(
    (m) => m[1] as string
  )) {
    if (!src.startsWith("https://appsforoffice.microsoft.com/"))
      expect(existsSync(join(BUILD, src))).toBe(true);
  }
});

test("building and running the browser tests left dist/ untouched", () => {
  // scripts/build-for-e2e.mjs recorded dist/ before building; jest.e2e.config.js checks again after every suite.
  const recorded = JSON.parse(readFileSync(FINGERPRINT_FILE, "utf8")) as {
    dist: string[] | "absent";
  };
  expect(fingerprint(join(ROOT, "dist"))).toEqual(recorded.dist);
});
