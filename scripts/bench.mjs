// npm run bench: builds production, then measures what the budgets are about and exits non-zero when a
// budget is missed. Figures go to stdout as a table and to bench/results.json.
//  - size: gzipped JS+CSS the pane loads before it is ready in preview mode (initial) and everything else (lazy)
//  - time to ready vs a page that only loads office.js and waits for Office.onReady, interleaved, medians
//  - engine throughput: diagnoses per second over all example reports
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { cpus } from "node:os";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const DIST = join(ROOT, "dist-e2e"); // scripts/build-for-e2e.mjs builds here
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const RUNS = Number(process.env.BENCH_RUNS || 15);
const BUDGET = { initialKB: 120, totalKB: 260, readyRatio: 1.3 };
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

if (!process.argv.includes("--no-build")) {
  console.log("Building production bundle…");
  const r = spawnSync("node", ["scripts/build-for-e2e.mjs"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };
const BASELINE = `<!doctype html><html><head><meta charset="utf-8"><script src="${CDN}office.js"></script><script src="baseline.js"></script></head><body></body></html>`;
const BASELINE_JS = `Office.onReady().then(function(){ window.__ready = performance.now(); });`;

const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split("?")[0]);
  if (path === "/baseline.html") return res.writeHead(200, { "Content-Type": "text/html" }), res.end(BASELINE);
  if (path === "/baseline.js") return res.writeHead(200, { "Content-Type": "text/javascript" }), res.end(BASELINE_JS);
  const file = join(DIST, path);
  if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404), res.end();
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] || "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

const facts = readFileSync(join(ROOT, "src/scenarios/web-helping-outlook-2013.json"), "utf8");
const fragment = Buffer.from(JSON.stringify(JSON.parse(facts))).toString("base64url");
const paneUrl = `${base}taskpane.html#facts=${fragment}`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: FLAGS, headless: true });
async function context() {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
  await ctx.route(`${CDN}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    const file = resolve(OFFICE_DIST, rel);
    return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: "text/javascript" }) : route.fulfill({ status: 404 });
  });
  await ctx.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (route.request().url().startsWith(CDN) ? route.fallback() : route.abort()));
  await ctx.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid="diagnosis"][data-state="ready"]')) {
        window.__ready = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  return ctx;
}

async function timeToReady(url) {
  const ctx = await context();
  const page = await ctx.newPage();
  const loaded = new Set();
  page.on("response", (r) => {
    const u = r.url();
    if (u.startsWith(base) && /\.(js|css)$/.test(new URL(u).pathname)) loaded.add(new URL(u).pathname.slice(1));
  });
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__ready === "number", null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.__ready);
  await ctx.close();
  return { ms, loaded };
}

// Warm-up, then interleave the two pages so machine noise hits both alike.
await timeToReady(`${base}baseline.html`);
const first = await timeToReady(paneUrl);
const baseline = [];
const pane = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push((await timeToReady(`${base}baseline.html`)).ms);
  pane.push((await timeToReady(paneUrl)).ms);
}
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const assets = readdirSync(DIST).filter((f) => /\.(js|css)$/.test(f));
const initialFiles = assets.filter((f) => first.loaded.has(f));
const lazyFiles = assets.filter((f) => !first.loaded.has(f));
const kb = (files) => files.reduce((n, f) => n + gz(join(DIST, f)), 0) / 1024;
const engine = JSON.parse(spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/bench-engine.ts"], { cwd: ROOT, encoding: "utf8" }).stdout);

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}, Chromium (${process.env.CHROME_PATH || "/usr/bin/chromium"})`,
  size: {
    initialGzipKB: +kb(initialFiles).toFixed(1),
    lazyGzipKB: +kb(lazyFiles).toFixed(1),
    totalGzipKB: +kb(assets).toFixed(1),
    initialFiles,
    lazyFiles,
  },
  timeToReady: {
    runs: RUNS,
    baselineMedianMs: +median(baseline).toFixed(1),
    paneMedianMs: +median(pane).toFixed(1),
    ratio: +(median(pane) / median(baseline)).toFixed(3),
  },
  engine,
  budgets: BUDGET,
};
const checks = [
  ["initial JS+CSS (gzip)", `${results.size.initialGzipKB} KB`, `≤ ${BUDGET.initialKB} KB`, results.size.initialGzipKB <= BUDGET.initialKB],
  ["everything incl. lazy (gzip)", `${results.size.totalGzipKB} KB`, `≤ ${BUDGET.totalKB} KB`, results.size.totalGzipKB <= BUDGET.totalKB],
  ["time to ready, median", `${results.timeToReady.paneMedianMs} ms`, "", true],
  ["office.js-only baseline, median", `${results.timeToReady.baselineMedianMs} ms`, "", true],
  ["ratio pane / baseline", `${results.timeToReady.ratio}×`, `≤ ${BUDGET.readyRatio}×`, results.timeToReady.ratio <= BUDGET.readyRatio],
  ["engine throughput", `${engine.diagnosesPerSecond.toLocaleString("en-US")} diagnoses/s`, "", true],
];
results.passed = checks.every((c) => c[3]);
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n| Measure | Value | Budget | |\n|---|---|---|---|`);
for (const [name, value, budget, ok] of checks) console.log(`| ${name} | ${value} | ${budget} | ${budget ? (ok ? "pass" : "FAIL") : ""} |`);
console.log(`\ninitial: ${initialFiles.join(", ")}\nlazy: ${lazyFiles.join(", ")}\n${results.machine}; ${RUNS} interleaved runs each`);
process.exit(results.passed ? 0 : 1);
