// Hosting as admins host it. The configurations the build writes (web.config, staticwebapp.config.json) are read the
// way IIS and Azure Static Web Apps apply them, for every file of the production build; the shipped nginx
// configuration runs for real, and the pane loads through it in preview mode and inside the emulated Outlook with
// zero Content-Security-Policy violations.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import {
  BUILD,
  cspViolationsOf,
  launchChromium,
  openProbe,
  READY,
  rejectionsOf,
  unexpectedConsoleErrors,
} from "../support/browser";
import { findNginx, startNginx, type NginxSite } from "../support/nginx";
import { checksSettled, CONFIG, openInHost } from "../support/officeHost";
import {
  expected,
  iisHeaders,
  normalise,
  policy,
  swaHeaders,
  type Headers,
} from "../support/serverConfigs";

const BASE_PATH = new URL(
  process.env.ADDIN_PUBLIC_URL || "https://addins.contoso.com/signin-assistant/"
).pathname;

function builtFiles(dir = BUILD): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? builtFiles(p) : [relative(BUILD, p).split("\\").join("/")];
  });
}

const FILES = builtFiles();
/** What an admin adds next to the build. */
const UPLOADED = [...FILES, "config.json"];

describe("the server configurations the build writes", () => {
  test("every built file is one the header policy knows (IIS and Static Web Apps default to long caching)", () => {
    expect(FILES.filter((f) => !policy.isKnownFile(f))).toEqual([]);
  });

  test("web.config gives every file the policy's headers", () => {
    const webConfig = readFileSync(join(BUILD, "web.config"), "utf8");
    // IIS's request filtering never serves *.config files, web.config included.
    for (const file of UPLOADED.filter((f) => f !== "web.config"))
      expect({ file, headers: normalise(iisHeaders(webConfig, file)) }).toEqual({
        file,
        headers: expected(file),
      });
  });

  test("staticwebapp.config.json gives every file the policy's headers under the build's base path", () => {
    const swa = readFileSync(join(BUILD, "staticwebapp.config.json"), "utf8");
    for (const file of UPLOADED)
      expect({ file, headers: normalise(swaHeaders(swa, `${BASE_PATH}${file}`)) }).toEqual({
        file,
        headers: expected(file),
      });
  });
});

const nginx = findNginx();
if (!nginx) {
  console.warn(
    "hosting.e2e.ts: nginx not found (set NGINX_PATH, or apt-get install nginx): the real-nginx tests are SKIPPED."
  );
  if (process.env.REQUIRE_NGINX === "1")
    test("nginx is required here (REQUIRE_NGINX=1)", () => {
      throw new Error("nginx not found: .ci/run installs Debian's nginx for this test");
    });
}

const COMPARED = [
  "x-content-type-options",
  "referrer-policy",
  "cache-control",
  "content-security-policy",
];
const served = (h: globalThis.Headers): Headers =>
  Object.fromEntries(COMPARED.filter((k) => h.has(k)).map((k) => [k, h.get(k) as string]));
const metaCsp = (html: string) =>
  /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html)?.[1];

(nginx ? describe : describe.skip)("nginx with deploy/nginx/signin-assistant.conf", () => {
  let site: NginxSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await startNginx(nginx as string, BUILD, { "config.json": JSON.stringify(CONFIG) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  test("every file comes with the policy's headers, each page's CSP header equals its <meta> tag, no X-Frame-Options", async () => {
    for (const file of UPLOADED) {
      const r = await fetch(`${site.url}${file}`);
      const body = await r.text();
      expect({ file, status: r.status }).toEqual({ file, status: 200 });
      expect({ file, headers: normalise(served(r.headers)) }).toEqual({
        file,
        headers: expected(file),
      });
      expect(r.headers.has("x-frame-options")).toBe(false);
      if (policy.PAGES[file]) expect(metaCsp(body)).toBe(r.headers.get("content-security-policy"));
    }
    const missing = await fetch(`${site.url}no-such-file.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("a 404 for a hashed name carries no long-lived cache header (a proxy must not pin the missing chunk)", async () => {
    for (const name of [
      "msal.deadbeef.js",
      "pane-more.0123abcd.css",
      "taskpane.deadbeef.js.LICENSE.txt",
    ]) {
      const r = await fetch(`${site.url}${name}`);
      expect({ name, status: r.status }).toEqual({ name, status: 404 });
      expect({ name, cache: r.headers.get("cache-control") ?? "" }).not.toEqual({
        name,
        cache: expect.stringMatching(/immutable|max-age=[1-9]/),
      });
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  test("browser mode through nginx: ready, no console error, zero CSP violations", async () => {
    const probe = await openProbe(browser);
    await probe.page.goto(`${site.url}taskpane.html`);
    await probe.page.waitForSelector(READY, { timeout: 20000 });
    expect(await probe.page.getByTestId("browser-intro").isVisible()).toBe(true);
    // office.js would frame its telemetry proxy three seconds after load; wait past that.
    await probe.page.waitForTimeout(3500);
    expect(await cspViolationsOf(probe.page)).toEqual([]);
    expect(unexpectedConsoleErrors(probe)).toEqual([]);
    expect(await rejectionsOf(probe.page)).toEqual([]);
    await probe.context.close();
  });

  test("inside the emulated Outlook through nginx: config.json from the server, live checks pass, zero CSP violations", async () => {
    const probe = await openInHost(browser, null, { baseUrl: site.url });
    await probe.open();
    expect(await checksSettled(probe)).toMatchObject({ token: "ok", mailbox: "ok", methods: "ok" });
    expect(probe.graphCalls.sort()).toEqual([
      "/me/authentication/methods",
      "/me/mailFolders/inbox",
    ]);
    expect(await cspViolationsOf(probe.page)).toEqual([]);
    expect(unexpectedConsoleErrors(probe)).toEqual([]);
    expect(await rejectionsOf(probe.page)).toEqual([]);
    await probe.context.close();
  });
});
