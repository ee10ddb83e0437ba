// An error's message is scrubbed whole before it is cut: a tenant ID straddling the cut must not survive in part.
import { describeShape } from "../../../src/auth/errors";
import { clearErrorTrail, errorTrail, record, scrub } from "../../../src/util/errorLog";
import { isChunkLoadError } from "../../../src/util/chunkLoad";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

beforeEach(() => {
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test.each([60, 70, 75, 80, 85, 89])(
  "a tenant ID starting %i characters in leaves no part of itself in the shape",
  (at) => {
    const message = `${"x".repeat(at - "tenant ".length)}tenant ${TENANT} was not found.`;
    const shape = describeShape({
      name: "ServerError",
      errorCode: "invalid_request",
      errorMessage: message,
    });
    expect(shape).not.toMatch(/72f988bf/);
    record("auth", "invalid_request", shape);
    expect(
      errorTrail()
        .map((e) => e.detail)
        .join(" ")
    ).not.toMatch(/72f988bf/);
  }
);

test("a GUID already cut upstream is still redacted (its prefix identifies the tenant)", () => {
  expect(scrub("tenant 72f988bf-0000-00")).toBe("tenant <id>");
  expect(scrub("id 72f988bf-86f1-41")).toBe("id <id>");
  // Hex without the GUID's dash stays (a chunk hash, an error number).
  expect(scrub("msal.deadbeef.js 0x80070005")).toBe("msal.deadbeef.js 0x80070005");
});

describe("one isChunkLoadError for every browser's words", () => {
  test.each([
    [{ name: "ChunkLoadError", message: "Loading chunk 357 failed." }],
    [new Error("Loading CSS chunk pane-more failed.\n(/pane-more.css)")],
    [new TypeError("Failed to fetch dynamically imported module: https://x/a.js")],
    [new TypeError("error loading dynamically imported module: https://x/a.js")],
    [new TypeError("Importing a module script failed.")],
  ])("%p", (e) => expect(isChunkLoadError(e)).toBe(true));
  test("other errors are not", () => {
    expect(isChunkLoadError(new TypeError("x is not a function"))).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});
