import {
  clearErrorTrail,
  describeError,
  errorTrail,
  MAX_ERROR_ENTRIES,
  record,
  recordUnhandled,
  scrub,
} from "../../../src/util/errorLog";

let warn: jest.SpyInstance;
let error: jest.SpyInstance;
beforeEach(() => {
  clearErrorTrail();
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  error = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("record keeps area, code and a scrubbed detail, and writes one console line", () => {
  record("graph", "network_error", new TypeError("Failed to fetch"));
  expect(errorTrail()).toEqual([
    {
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      area: "graph",
      code: "network_error",
      detail: "TypeError: Failed to fetch",
      count: 1,
    },
  ]);
  expect(warn).toHaveBeenCalledWith("[Sign-in Assistant] graph: network_error (TypeError: Failed to fetch)");
  expect(error).not.toHaveBeenCalled();
});

test("the trail is bounded: the latest 20 stay", () => {
  for (let i = 0; i < 30; i++) record("host", `code_${i}`);
  const trail = errorTrail();
  expect(trail).toHaveLength(MAX_ERROR_ENTRIES);
  expect(trail[0]?.code).toBe("code_10");
  expect(trail[19]?.code).toBe("code_29");
});

test("the same failure in a row is one entry with a count (a loop of throwing reads can't flood the trail)", () => {
  for (let i = 0; i < 16; i++) record("host", "office_api_threw", "TypeError: x");
  record("host", "other");
  expect(errorTrail().map((e) => [e.code, e.count])).toEqual([
    ["office_api_threw", 16],
    ["other", 1],
  ]);
});

test("no addresses, tokens, tenant or object IDs, URL queries or controls survive in a detail", () => {
  const jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJhQGIuY29tIn0.c2lnbmF0dXJlc2lnbmF0dXJl";
  const tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  const opaque = "0.AAAA-very-long-refresh-token-material-123456789abcdef";
  const message = [
    "AADSTS50076: user test.user@contoso.example must use MFA.",
    `Trace ID: ${tenant} Correlation ID: ${tenant.toUpperCase()}`,
    `Authorization: Bearer ${jwt}`,
    `token ${jwt}`,
    `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=abc&login_hint=test.user%40contoso.example#code=secret`,
    `refresh=${opaque}`,
    "\u001b]52;c;Y3VybA==\u0007 \u202eevil",
  ].join("\n");
  record("auth", "AADSTS50076", Object.assign(new Error(message), { name: "InteractionRequiredAuthError" }));
  const [entry] = errorTrail();
  const detail = entry?.detail ?? "";
  for (const secret of ["test.user", "contoso.example", tenant, tenant.toUpperCase(), jwt, "eyJ", "login_hint", "client_id=abc", "secret", opaque, "\u001b", "\u202e", "\n"])
    expect([secret, detail.includes(secret)]).toEqual([secret, false]);
  expect(detail.length).toBeLessThanOrEqual(160);
  expect(detail).toMatch(/^InteractionRequiredAuthError: AADSTS50076: user <address> must use MFA/);
});

test("a code that isn't code-shaped becomes unknown_error", () => {
  record("ui", "bad code\nwith lines");
  expect(errorTrail()[0]?.code).toBe("unknown_error");
});

test("recordUnhandled names the reason's type and goes to console.error", () => {
  recordUnhandled(new RangeError("Maximum call stack size exceeded"));
  recordUnhandled(undefined);
  expect(errorTrail().map((e) => [e.area, e.code, e.detail])).toEqual([
    ["unhandled", "RangeError", "RangeError: Maximum call stack size exceeded"],
    ["unhandled", "unhandled_rejection", "no reason given"],
  ]);
  expect(error).toHaveBeenCalledTimes(2);
});

test("a console that throws doesn't turn a recorded failure into a new one", () => {
  warn.mockImplementation(() => {
    throw new Error("locked down");
  });
  expect(() => record("host", "x")).not.toThrow();
  expect(errorTrail()).toHaveLength(1);
});

test("describeError and scrub handle odd values", () => {
  expect(describeError("plain text")).toBe("plain text");
  expect(describeError(42)).toBe("[object Number]");
  expect(describeError({ message: "m", errorCode: "user_cancelled" })).toBe("Error [user_cancelled]: m");
  expect(scrub("word ".repeat(100))).toHaveLength(160);
});
