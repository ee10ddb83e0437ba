// One small, engine-neutral driver for the pane's core browser tests, so the same test body runs in WebKit and Gecko:
//
//   WebKit  Debian's webkit2gtk-driver: WebKitWebDriver (a W3C WebDriver server) driving MiniBrowser under xvfb-run,
//           spoken to over HTTP with fetch. The driver runs in its own process group, and the whole group is ended
//           (ending xvfb-run alone leaves Xvfb and the driver running).
//   Gecko   Debian's firefox-esr through puppeteer-core over WebDriver BiDi (no geckodriver: its npm package
//           downloads a binary at install time).
//
// The pane always runs in a frame of a wrapper page, as Outlook shows it (an iframe on the web, a webview on the
// desktop): MiniBrowser's window can't be narrower than its toolbar (about 450 px), so a 320 px pane is a 320 px frame.
// Every call below (evaluate, click, keys) acts inside that frame; screenshot() takes the whole window.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createServer } from "node:net";

export type EngineName = "webkit" | "gecko";

export interface EngineDriver {
  readonly engine: EngineName;
  readonly userAgent: string;
  /** Sets the browser window's size (the pane's frame is sized by openPane). */
  setViewport(width: number, height: number): Promise<void>;
  /** Opens a URL at the top level (the wrapper page). */
  goto(url: string): Promise<void>;
  /** Opens the wrapper page holding the pane's URL in a width x height frame, and acts inside that frame from then on. */
  openPane(wrapperUrl: string): Promise<void>;
  /**
   * Runs a function body in the pane's frame: `args` are passed as `arguments`, the body's `return` value comes back
   * (JSON-serialisable). A body that returns a promise is awaited.
   */
  evaluate<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Waits until the body returns something truthy. */
  waitFor<T>(body: string, timeoutMs?: number, ...args: unknown[]): Promise<T>;
  /** A real click (pointer events from the engine) on the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** One key press: "Tab", "Space", "Enter". */
  press(key: "Tab" | "Space" | "Enter"): Promise<void>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const FIREFOX = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";

function onPath(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What an engine needs that this machine lacks (empty: it can run). */
export function missingFor(engine: EngineName): string[] {
  if (engine === "webkit") {
    const missing: string[] = [];
    if (!onPath("WebKitWebDriver"))
      missing.push("WebKitWebDriver (Debian package webkit2gtk-driver)");
    if (!executable(MINIBROWSER)) missing.push(`MiniBrowser (${MINIBROWSER}, webkit2gtk-driver)`);
    if (!onPath("xvfb-run")) missing.push("xvfb-run (Debian package xvfb)");
    return missing;
  }
  return executable(FIREFOX) ? [] : [`Firefox ESR (${FIREFOX}, Debian package firefox-esr)`];
}

const KEYS = { Tab: "\uE004", Space: " ", Enter: "\uE007" } as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wraps a function body so that it runs as an async function and its result (or its error) comes back. */
function asyncScript(body: string): string {
  return `const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve().then(() => (function () { ${body} }).apply(null, args))
  .then((value) => done({ ok: true, value: value === undefined ? null : value }),
        (e) => done({ ok: false, error: String(e && e.stack || e) }));`;
}

class WebKitDriver implements EngineDriver {
  readonly engine = "webkit" as const;
  userAgent = "";
  private constructor(
    private readonly proc: ChildProcess,
    private readonly base: string,
    private readonly session: string
  ) {}

  static async start(): Promise<WebKitDriver> {
    const port = await freePort();
    // Its own process group (detached), so that close() can end xvfb-run, Xvfb and the driver together.
    const proc = spawn("xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`], {
      detached: true,
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${port}`;
    const kill = () => {
      try {
        if (proc.pid) process.kill(-proc.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    };
    try {
      let ready = false;
      for (let i = 0; i < 200 && !ready; i++) {
        try {
          const r = await fetch(`${base}/status`);
          ready = ((await r.json()) as { value?: { ready?: boolean } }).value?.ready === true;
        } catch {
          await sleep(100);
        }
      }
      if (!ready) throw new Error("WebKitWebDriver did not start within 20 s");
      const r = await fetch(`${base}/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
              pageLoadStrategy: "normal",
            },
          },
        }),
      });
      const json = (await r.json()) as { value: { sessionId?: string; message?: string } };
      if (!json.value.sessionId)
        throw new Error(`WebKitWebDriver: no session (${json.value.message})`);
      const driver = new WebKitDriver(proc, base, json.value.sessionId);
      driver.userAgent = await driver.top<string>("return navigator.userAgent");
      return driver;
    } catch (e) {
      kill();
      throw e;
    }
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await fetch(`${this.base}/session/${this.session}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await r.json()) as { value: T & { error?: string; message?: string } };
    if (!r.ok)
      throw new Error(`WebDriver ${method} ${path}: ${json.value.error} ${json.value.message}`);
    return json.value;
  }

  private top<T>(script: string): Promise<T> {
    return this.call<T>("POST", "/execute/sync", { script, args: [] });
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.call("POST", "/window/rect", { width, height });
  }

  async goto(url: string): Promise<void> {
    await this.call("POST", "/frame", { id: null });
    await this.call("POST", "/url", { url });
  }

  async openPane(wrapperUrl: string): Promise<void> {
    await this.goto(wrapperUrl);
    await this.call("POST", "/frame", { id: 0 });
  }

  async evaluate<T>(body: string, ...args: unknown[]): Promise<T> {
    const r = await this.call<{ ok: boolean; value: T; error?: string }>("POST", "/execute/async", {
      script: asyncScript(body),
      args,
    });
    if (!r.ok) throw new Error(`in the page: ${r.error}`);
    return r.value;
  }

  async waitFor<T>(body: string, timeoutMs = 15000, ...args: unknown[]): Promise<T> {
    return pollFor(this, body, timeoutMs, args);
  }

  async click(selector: string): Promise<void> {
    const found = await this.call<Record<string, string>>("POST", "/element", {
      using: "css selector",
      value: selector,
    });
    const id = Object.values(found)[0];
    await this.call("POST", `/element/${id}/click`, {});
  }

  async press(key: "Tab" | "Space" | "Enter"): Promise<void> {
    await this.call("POST", "/actions", {
      actions: [
        {
          type: "key",
          id: "keyboard",
          actions: [
            { type: "keyDown", value: KEYS[key] },
            { type: "keyUp", value: KEYS[key] },
          ],
        },
      ],
    });
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.call<string>("GET", "/screenshot"), "base64");
  }

  async close(): Promise<void> {
    try {
      await this.call("DELETE", "");
    } catch {
      // The group is ended below either way.
    }
    try {
      if (this.proc.pid) process.kill(-this.proc.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

async function pollFor<T>(
  driver: EngineDriver,
  body: string,
  timeoutMs: number,
  args: unknown[]
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    try {
      last = await driver.evaluate<T>(body, ...args);
      if (last) return last as T;
    } catch (e) {
      // A page still loading (or navigating) has no answer yet.
      last = e;
    }
    await sleep(100);
  }
  throw new Error(
    `${driver.engine}: no answer within ${timeoutMs} ms to: ${body} (last: ${String(last)})`
  );
}

type PuppeteerBrowser = import("puppeteer-core").Browser;
type PuppeteerPage = import("puppeteer-core").Page;
type PuppeteerFrame = import("puppeteer-core").Frame;

class GeckoDriver implements EngineDriver {
  readonly engine = "gecko" as const;
  userAgent = "";
  private frame: PuppeteerFrame;
  private constructor(
    private readonly browser: PuppeteerBrowser,
    private readonly page: PuppeteerPage
  ) {
    this.frame = page.mainFrame();
  }

  static async start(): Promise<GeckoDriver> {
    const puppeteer = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const driver = new GeckoDriver(browser, page);
    driver.userAgent = await browser.userAgent();
    return driver;
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: "load" });
    this.frame = this.page.mainFrame();
  }

  async openPane(wrapperUrl: string): Promise<void> {
    await this.goto(wrapperUrl);
    const handle = await this.page.waitForSelector("iframe");
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error("gecko: the wrapper page has no pane frame");
    this.frame = frame;
  }

  async evaluate<T>(body: string, ...args: unknown[]): Promise<T> {
    // The same body as WebDriver's execute: `arguments` are the args, `return` gives the value. Sent as a string,
    // which BiDi evaluates as the driver (the pane's Content-Security-Policy forbids eval in the page itself).
    const source = `(function () { ${body} }).apply(null, ${JSON.stringify(args)})`;
    return this.frame.evaluate(source) as Promise<T>;
  }

  async waitFor<T>(body: string, timeoutMs = 15000, ...args: unknown[]): Promise<T> {
    return pollFor(this, body, timeoutMs, args);
  }

  async click(selector: string): Promise<void> {
    await this.frame.click(selector);
  }

  async press(key: "Tab" | "Space" | "Enter"): Promise<void> {
    await this.page.keyboard.press(key === "Space" ? " " : key);
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.page.screenshot());
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export async function startEngine(engine: EngineName): Promise<EngineDriver> {
  return engine === "webkit" ? WebKitDriver.start() : GeckoDriver.start();
}
