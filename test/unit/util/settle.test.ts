import { sleep, startBudget } from "../../../src/util/budget";
import { decodeText } from "../../../src/util/decodeText";
import { settle } from "../../../src/util/settle";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("settle names how a promise ended", () => {
  test("a value", async () => {
    expect(await settle(Promise.resolve(3), 1000)).toEqual({ kind: "value", value: 3 });
  });

  test("a rejection is a rejection with its error, at once, never the deadline", async () => {
    const error = new Error("chunk");
    let result: unknown;
    void settle(Promise.reject(error), 5000).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ kind: "rejected", error });
  });

  test("only a promise still pending at the deadline is expired", async () => {
    let result: unknown;
    void settle(new Promise(() => undefined), 5000).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(4999);
    expect(result).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ kind: "expired" });
  });

  test("an aborted signal expires it early; an already aborted one at once", async () => {
    const c = new AbortController();
    let result: unknown;
    void settle(new Promise(() => undefined), 5000, c.signal).then((r) => (result = r));
    c.abort();
    await jest.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ kind: "expired" });
    expect(await settle(Promise.resolve(1), 5000, c.signal)).toEqual({ kind: "expired" });
  });
});

describe("budget", () => {
  test("counts down, aborts at the deadline, and end() aborts at once", async () => {
    const b = startBudget(1000);
    expect(b.remainingMs()).toBe(1000);
    await jest.advanceTimersByTimeAsync(400);
    expect(b.remainingMs()).toBe(600);
    expect(b.signal.aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(600);
    expect(b.signal.aborted).toBe(true);
    expect(b.remainingMs()).toBe(0);
    const c = startBudget(1000);
    c.end();
    expect(c.signal.aborted).toBe(true);
    expect(c.remainingMs()).toBe(0);
  });

  test("sleep ends early when the signal aborts", async () => {
    const c = new AbortController();
    let woke = -1;
    const start = Date.now();
    void sleep(5000, c.signal).then(() => (woke = Date.now() - start));
    await jest.advanceTimersByTimeAsync(100);
    c.abort();
    await jest.advanceTimersByTimeAsync(0);
    expect(woke).toBe(100);
  });
});

describe("decodeText reads what Windows tools write", () => {
  const json = '{"schema":1,"v":"é"}';
  test.each([
    ["UTF-8", Buffer.from(json), "utf-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]), "utf-8"],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, "utf16le")]), "utf-16le"],
    [
      "UTF-16 BE with BOM",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, "utf16le").swap16()]),
      "utf-16be",
    ],
  ])("%s", (_, bytes, encoding) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text: json, encoding });
  });
  test("invalid UTF-8 becomes U+FFFD, not an exception", () => {
    expect(decodeText(new Uint8Array([0x7b, 0xff, 0x7d])).text).toBe("{\ufffd}");
  });
});
