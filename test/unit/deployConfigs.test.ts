// The server configurations under deploy/: generated from deploy/policy.js and deploy/csp.js, committed, and read the
// way IIS and Azure Static Web Apps apply them. nginx is also exercised for real in test/e2e/hosting.e2e.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  expected,
  iisHeaders,
  iisMimeMaps,
  normalise,
  policy,
  swaHeaders,
  swaRouteMatches,
} from "../support/serverConfigs";

const DEPLOY = join(__dirname, "../../deploy");
const { committedConfigs } = require("../../deploy/files.js") as {
  committedConfigs(): Record<string, string>;
};
const { CSP } = require("../../deploy/csp.js") as { CSP: Record<string, string> };
const committed = (file: string) => readFileSync(join(DEPLOY, file), "utf8");

/** One file of every kind the build writes, plus config.json, which the admin adds. */
const SAMPLE_FILES = [
  "taskpane.html",
  "dialog.html",
  "support.html",
  "config.json",
  "manifest.xml",
  "taskpane.0123abcd.js",
  "griffel.89abcdef.css",
  "32.0123abcd.js.LICENSE.txt",
  "assets/icon-32.png",
  "support.css",
];

test.each(Object.keys(committedConfigs()))(
  "deploy/%s is exactly what npm run deploy:configs writes",
  (file) => {
    // If this fails, the policy or a CSP changed: run `npm run deploy:configs` and commit the result.
    expect(committed(file)).toBe(committedConfigs()[file]);
  }
);

describe("IIS web.config", () => {
  const webConfig = committed("iis/web.config");
  test.each(SAMPLE_FILES)("%s gets the policy's headers", (file) => {
    expect(normalise(iisHeaders(webConfig, file))).toEqual(expected(file));
  });
  test("config.json is served as JSON and nothing sends X-Frame-Options", () => {
    expect(iisMimeMaps(webConfig)[".json"]).toBe("application/json");
    expect(webConfig).not.toMatch(/X-Frame-Options/i);
  });
  test("the reader notices a missing CSP and a doubled Cache-Control (it can fail)", () => {
    const noCsp = webConfig.replace(/<add name="Content-Security-Policy" value="[^"]*" \/>/, "");
    expect(normalise(iisHeaders(noCsp, "taskpane.html"))).not.toEqual(expected("taskpane.html"));
    const doubled = webConfig.replace(
      /(<location path="config.json">[\s\S]*?)<clientCache cacheControlMode="NoControl" \/>/,
      '$1<clientCache cacheControlMode="DisableCache" />'
    );
    expect(() => iisHeaders(doubled, "config.json")).toThrow(/two Cache-Control/);
  });
});

describe("Azure Static Web Apps staticwebapp.config.json", () => {
  const swa = committed("azure-static-web-apps/staticwebapp.config.json");
  test.each(SAMPLE_FILES)("%s gets the policy's headers", (file) => {
    expect(normalise(swaHeaders(swa, `/${file}`))).toEqual(expected(file));
  });
  test("routes only set headers and nothing sends X-Frame-Options", () => {
    const config = JSON.parse(swa) as { routes: Array<Record<string, unknown>> };
    for (const r of config.routes) expect(Object.keys(r).sort()).toEqual(["headers", "route"]);
    expect(swa).not.toMatch(/X-Frame-Options/i);
  });
  test("route matching follows the documented rules", () => {
    expect(swaRouteMatches("/*.{js,css}", "/a.0123abcd.js")).toBe(true);
    expect(swaRouteMatches("/*.{js,css}", "/support.html")).toBe(false);
    expect(swaRouteMatches("/assets/*", "/assets/icon-16.png")).toBe(true);
    expect(swaRouteMatches("/taskpane.html", "/dialog.html")).toBe(false);
  });
  test("a base path prefixes every route", () => {
    const { staticWebApp } = require("../../deploy/render.js") as {
      staticWebApp(o: { basePath: string }): string;
    };
    const sub = staticWebApp({ basePath: "/signin-assistant/" });
    expect(normalise(swaHeaders(sub, "/signin-assistant/taskpane.html"))).toEqual(
      expected("taskpane.html")
    );
    expect(swaHeaders(sub, "/taskpane.html")["content-security-policy"]).toBeUndefined();
  });
});

describe("nginx signin-assistant.conf", () => {
  const conf = committed("nginx/signin-assistant.conf");
  test("each page's location sends exactly its CSP, and nothing sends X-Frame-Options", () => {
    for (const [file, csp] of Object.entries(policy.PAGES)) {
      const block = new RegExp(`location ~ "/${file.replace(".", "\\\\.")}\\$" \\{([^}]*)\\}`).exec(
        conf
      )?.[1];
      expect(block).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    }
    expect(conf).not.toMatch(/X-Frame-Options/i);
  });
  test("caching headers go with successful answers only: no `always` on a Cache-Control other than no-store", () => {
    const cacheLines = conf.split("\n").filter((l) => l.includes("add_header Cache-Control"));
    expect(cacheLines.filter((l) => /immutable|max-age/.test(l) && / always;$/.test(l))).toEqual(
      []
    );
    expect(cacheLines.filter((l) => l.includes('"no-store" always;')).length).toBeGreaterThan(0);
  });
  test("it has exactly the two lines an admin edits", () => {
    expect(conf.split("\n").filter((l) => l.includes("# EDIT:"))).toHaveLength(2);
  });
});

describe("the policy", () => {
  test("pages carry the same CSP as their <meta> tag source, and script-src is pinned to office.js's folder and the MicrosoftAjax.js its host files load", () => {
    expect(policy.PAGES).toEqual({
      "taskpane.html": CSP.taskpane,
      "dialog.html": CSP.dialog,
      "support.html": CSP.support,
    });
    for (const csp of [CSP.taskpane, CSP.dialog])
      expect(csp).toMatch(
        /script-src 'self' https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/ https:\/\/ajax\.aspnetcdn\.com\/ajax\/3\.5\/MicrosoftAjax\.js;/
      );
    for (const csp of Object.values(CSP)) expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // No page submits a form: a script-created <form> must not navigate the pane or the sign-in dialog away.
    for (const csp of [CSP.taskpane, CSP.dialog])
      expect(csp).toMatch(/(^|; )form-action 'none'(;|$)/);
  });
  test("pages, config.json and manifest.xml are never cached; hashed files are immutable", () => {
    for (const f of ["taskpane.html", "dialog.html", "config.json", "manifest.xml"])
      expect(policy.headersFor(f)["Cache-Control"]).toBe("no-store");
    expect(policy.headersFor("msal.0123abcd.js")["Cache-Control"]).toMatch(/immutable/);
    expect(policy.headersFor("assets/icon-16.png")["Cache-Control"]).not.toMatch(/immutable/);
  });
  test("an unhashed script is not a known file (servers that default to long caching rely on this)", () => {
    expect(policy.isKnownFile("taskpane.js")).toBe(false);
    expect(policy.isKnownFile("taskpane.0123abcd.js")).toBe(true);
  });
});

describe("webpack output folder", () => {
  const config = require("../../webpack.config.js") as (
    env: Record<string, string>,
    argv: Record<string, string>
  ) => { output: { path: string } };
  test("defaults to dist/ and takes --env outputDir=dist-e2e", () => {
    expect(config({}, { mode: "development" }).output.path).toMatch(/[\\/]dist$/);
    expect(config({ outputDir: "dist-e2e" }, { mode: "development" }).output.path).toMatch(
      /[\\/]dist-e2e$/
    );
  });
  test.each(["..", "../elsewhere", "/tmp/x", "a/b"])("refuses %s", (dir) => {
    expect(() => config({ outputDir: dir }, { mode: "development" })).toThrow(/folder name/);
  });
});
