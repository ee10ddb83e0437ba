// The production build (dist-e2e/) served for the engine tests, with the stand-in Office host put in without any
// browser automation hooks: WebKit's and Gecko's drivers can't answer the CDN's URL the way Playwright's routes do, so
// the server rewrites taskpane.html to load the stand-in (test/e2e/fixtures/fakeOffice.js) from its own origin, after a
// script that reads the host's situation from the page's own address (?fakeHost=<JSON>, the options of
// test/support/officeHost.ts). The Content-Security-Policy is untouched: both scripts are 'self'.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILD, ROOT } from "../support/browser";
import { hostInfoQuery, type FakeHostOptions, type HostProfileName } from "../support/officeHost";
import { startStaticServer, type StaticServer } from "../support/staticServer";

const OFFICE_CDN_SCRIPT = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FAKE_OFFICE = readFileSync(join(ROOT, "test/e2e/fixtures/fakeOffice.js"), "utf8");
const AXE = readFileSync(
  require.resolve("axe-core/axe.min.js", {
    paths: [join(ROOT, "node_modules/@axe-core/playwright"), ROOT],
  }),
  "utf8"
);

/** The engine tests need no Graph (no internet to fake it with): IT's settings without an Entra app. */
export const ENGINE_CONFIG = {
  organizationName: "Contoso",
  mfaMode: "conditionalAccess",
  appPasswordsAllowed: false,
  helpDesk: {
    name: "Contoso IT",
    email: "servicedesk@contoso.example",
    url: "https://servicedesk.contoso.example/",
  },
};

const HOST_SCRIPT = `window.__fakeHost = JSON.parse(new URLSearchParams(location.search).get("fakeHost") || "{}");`;

// The pane in a frame of the given size, as Outlook shows it.
const FRAME_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outlook</title>
<style>html,body{margin:0;padding:0;background:#808080}iframe{border:0;display:block}</style></head><body>
<script>
  var q = new URLSearchParams(location.search);
  var f = document.createElement("iframe");
  f.title = "Sign-in Assistant";
  f.width = q.get("w"); f.height = q.get("h");
  f.style.width = q.get("w") + "px"; f.style.height = q.get("h") + "px";
  f.src = q.get("src");
  document.body.appendChild(f);
</script></body></html>`;

export async function startPaneServer(): Promise<StaticServer> {
  const server = await startStaticServer(BUILD);
  const html = readFileSync(join(BUILD, "taskpane.html"), "utf8");
  if (!html.includes(OFFICE_CDN_SCRIPT))
    throw new Error(
      `taskpane.html no longer loads ${OFFICE_CDN_SCRIPT}; the engine tests can't replace it`
    );
  const rewritten = html.replace(
    OFFICE_CDN_SCRIPT,
    `/__engine/host.js></script><script type=text/javascript src=/__engine/office.js`
  );
  const send =
    (type: string, body: string) => (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(body);
    };
  server.overrides.set("/taskpane.html", send("text/html; charset=utf-8", rewritten));
  server.overrides.set("/__engine/host.js", send("text/javascript", HOST_SCRIPT));
  server.overrides.set("/__engine/office.js", send("text/javascript", FAKE_OFFICE));
  server.overrides.set("/__engine/axe.js", send("text/javascript", AXE));
  server.overrides.set("/__engine/frame.html", send("text/html; charset=utf-8", FRAME_PAGE));
  server.overrides.set("/config.json", send("application/json", JSON.stringify(ENGINE_CONFIG)));
  return server;
}

/** The wrapper page's address for the pane in the given host situation, in a width x height frame. */
export function paneInFrame(
  server: StaticServer,
  host: FakeHostOptions & { profile: HostProfileName },
  size: { width: number; height: number }
): string {
  const pane =
    `${server.url}taskpane.html?${hostInfoQuery(host.profile, host.displayLanguage)}` +
    `&fakeHost=${encodeURIComponent(JSON.stringify(host))}`;
  return `${server.url}__engine/frame.html?w=${size.width}&h=${size.height}&src=${encodeURIComponent(pane)}`;
}
