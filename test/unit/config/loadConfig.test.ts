import { loadConfig } from "../../../src/config/loadConfig";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";

const BASE = "https://addins.contoso.com/signin-assistant/taskpane.html";
const respond = (status: number, body: string, headers: Record<string, string> = {}) =>
  jest.fn(async () => new Response(body, { status, headers }));

beforeEach(() => {
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("fetches config.json next to the page with no-store", async () => {
  const fetch = respond(200, JSON.stringify({ organizationName: "Contoso" }));
  global.fetch = fetch as unknown as typeof global.fetch;
  const r = await loadConfig(BASE);
  expect(r.config.organizationName).toBe("Contoso");
  expect(fetch).toHaveBeenCalledWith(
    "https://addins.contoso.com/signin-assistant/config.json",
    expect.objectContaining({ cache: "no-store" })
  );
});

test.each([
  [404, "", []],
  [500, "oops", ["config.json: the server answered HTTP 500 (defaults used)"]],
  [200, "{not json", ["config.json: not valid JSON (ignored)"]],
])("HTTP %i → defaults with %j", async (status, body, warnings) => {
  global.fetch = respond(status, body) as unknown as typeof global.fetch;
  expect(await loadConfig(BASE)).toEqual({ config: {}, warnings });
});

test("a 5 MB body is refused without parsing", async () => {
  global.fetch = respond(200, "x".repeat(5 * 1024 * 1024), {
    "content-length": String(5 * 1024 * 1024),
  }) as unknown as typeof global.fetch;
  expect((await loadConfig(BASE)).warnings[0]).toMatch(/larger than/);
});

test("a network error or a hang ends in defaults", async () => {
  global.fetch = jest.fn(async () => {
    throw new TypeError("Failed to fetch");
  }) as unknown as typeof global.fetch;
  expect((await loadConfig(BASE)).warnings).toEqual([
    "config.json: couldn't be loaded (defaults used)",
  ]);
  global.fetch = jest.fn(
    (_url: unknown, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError"))
        )
      )
  ) as unknown as typeof global.fetch;
  expect((await loadConfig(BASE, 50)).warnings).toEqual([
    "config.json: no answer within 0.05 s (defaults used)",
  ]);
  expect(errorTrail().map((e) => e.code)).toEqual(["load_failed", "timeout"]);
});

test("a huge body without Content-Length is refused after 64 KB, not read to the end", async () => {
  let pulled = 0;
  const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      if (pulled > 1000) controller.close();
      else controller.enqueue(chunk);
    },
  });
  global.fetch = jest.fn(async () => new Response(body, { status: 200 })) as unknown as typeof global.fetch;
  expect((await loadConfig(BASE)).warnings).toEqual(["config.json: larger than 64 KB (ignored)"]);
  expect(pulled).toBeLessThan(10);
});

test("a UTF-8 BOM or a UTF-16 file (what Notepad and PowerShell write) is read like plain UTF-8", async () => {
  const json = JSON.stringify({ organizationName: "Contoso" });
  const utf16le = new Uint8Array([0xff, 0xfe, ...Buffer.from(json, "utf16le")]);
  for (const bytes of [new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(json)]), utf16le]) {
    global.fetch = jest.fn(async () => new Response(bytes, { status: 200 })) as unknown as typeof global.fetch;
    expect(await loadConfig(BASE)).toEqual({ config: { organizationName: "Contoso" }, warnings: [] });
  }
});
