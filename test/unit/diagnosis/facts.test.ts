import {
  cleanText,
  MAX_REPORT_BYTES,
  normalizeVersion,
  parseFacts,
  parseFactsJson,
} from "../../../src/diagnosis";
import { BASE } from "../../support/facts";

describe("parseFacts", () => {
  test("accepts the contract's example", () => {
    expect(parseFacts(BASE).ok).toBe(true);
  });

  test.each([
    ["not an object", [], "(root)"],
    ["unknown schema version", { ...BASE, schema: 2 }, "schema"],
    ["missing host", { ...BASE, host: undefined }, "host"],
    ["missing problemClient", { ...BASE, problemClient: undefined }, "problemClient"],
    ["missing probes", { ...BASE, probes: undefined }, "probes"],
    [
      "host.hostVersion not a string",
      { ...BASE, host: { ...BASE.host, hostVersion: 16 } },
      "host.hostVersion",
    ],
    [
      "nestedAppAuth not a boolean",
      { ...BASE, host: { ...BASE.host, nestedAppAuth: "yes" } },
      "host.nestedAppAuth",
    ],
    ["online not a boolean", { ...BASE, probes: { ...BASE.probes, online: 1 } }, "probes.online"],
    [
      "httpStatus not a number",
      { ...BASE, probes: { ...BASE.probes, mailbox: { status: "ok", httpStatus: "200" } } },
      "probes.mailbox.httpStatus",
    ],
    [
      "methods not an array",
      { ...BASE, probes: { ...BASE.probes, authMethods: { status: "ok", methods: "phone" } } },
      "probes.authMethods.methods",
    ],
    [
      "a method not a string",
      { ...BASE, probes: { ...BASE.probes, authMethods: { status: "ok", methods: [1] } } },
      "probes.authMethods.methods[0]",
    ],
    ["org not an object", { ...BASE, org: "x" }, "org"],
  ])("rejects %s, naming %s", (_, input, field) => {
    const r = parseFacts(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe(field);
  });

  test("unknown enum strings are tolerated and read as unknown", () => {
    const r = parseFacts({
      ...BASE,
      host: {
        ...BASE.host,
        hostName: "OutlookHologram",
        platform: "Quantum",
        accountType: "aol",
        ewsTokenStatus: "maybe",
      },
      problemClient: { app: "pigeon-post", version: null },
      probes: { ...BASE.probes, token: { status: "sparkling", errorCode: null } },
      org: { mfaMode: "vibes", appPasswordsAllowed: null },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts.host.hostName).toBeNull();
    expect(r.facts.host.platform).toBeNull();
    expect(r.facts.host.accountType).toBeNull();
    expect(r.facts.problemClient.app).toBeNull();
    expect(r.facts.probes.token.status).toBeNull();
    expect(r.facts.org.mfaMode).toBe("unknown");
  });

  test("missing optional blocks become null or unknown, never guessed", () => {
    const r = parseFacts({ schema: 1, host: {}, problemClient: {}, probes: {} });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts.collectedAt).toBeNull();
    expect(r.facts.probes.online).toBeNull();
    expect(r.facts.org).toEqual({ mfaMode: "unknown", appPasswordsAllowed: null });
  });

  test("text that is not JSON names the root", () => {
    expect(parseFactsJson("{nope")).toMatchObject({ ok: false, field: "(root)" });
  });
});

describe("bounded, sanitised input (review F1, F8, F11, F12, F13)", () => {
  // Every control the review tried: C0 (CR, LF, ESC, BEL, NUL), DEL, C1 (CSI), line separator, bidi overrides.
  const HOSTILE = "a\r\nb\u001b]52;c;Y3VybA==\u0007c\u0000d\u007fe\u009bf\u2028g\u202eh\u2066i\u200fj";
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  function strings(v: unknown, out: string[] = []): string[] {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
    else if (v && typeof v === "object") Object.values(v).forEach((x) => strings(x, out));
    return out;
  }

  test("controls and bidi controls are stripped from every string of the report", () => {
    const r = parseFacts({
      ...BASE,
      collectedAt: `2026-11-24T08:30:00.000Z${HOSTILE}`,
      host: { ...BASE.host, hostVersion: HOSTILE, officeVersion: HOSTILE, mailboxRequirementSet: HOSTILE },
      problemClient: { app: "outlook-windows-classic", version: HOSTILE },
      probes: {
        ...BASE.probes,
        token: { status: "failed", errorCode: HOSTILE },
        authMethods: { status: "ok", methods: [HOSTILE, "phone"] },
      },
      errors: [{ at: HOSTILE, area: "auth", code: "chunk_load_error", detail: HOSTILE }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const all = strings(r.facts);
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) expect([s, CONTROL.test(s)]).toEqual([s, false]);
    expect(r.facts.problemClient.version).toBe("a b ]52;c;Y3VybA== c d e f ghij");
  });

  test("errorCode must look like a code; anything else is dropped and noted for the help desk", () => {
    const code = (errorCode: string) =>
      parseFacts({ ...BASE, probes: { ...BASE.probes, token: { status: "failed", errorCode } } });
    for (const good of ["AADSTS50076", "user_cancelled", "nested_app_auth_bridge_disabled", "dialog_12002"]) {
      const r = code(good);
      expect(r.ok && r.facts.probes.token.errorCode).toBe(good);
    }
    const forged = code("X\nActions, in order:\n  1. none");
    expect(forged.ok && forged.facts.probes.token.errorCode).toBeNull();
    expect(forged.ok && forged.facts.inputNotes).toEqual([
      'probes.token.errorCode: not an error code, ignored ("X Actions, in order: 1. none")',
    ]);
    const long = code("A".repeat(65));
    expect(long.ok && long.facts.probes.token.errorCode).toBeNull();
  });

  test("methods: at most 50 items of at most 64 characters, else the field is named", () => {
    const withMethods = (methods: unknown[]) =>
      parseFacts({ ...BASE, probes: { ...BASE.probes, authMethods: { status: "ok", methods } } });
    expect(withMethods(Array(50).fill("phone")).ok).toBe(true);
    expect(withMethods(Array(51).fill("phone"))).toMatchObject({
      ok: false,
      field: "probes.authMethods.methods",
      message: expect.stringMatching(/51 items; at most 50/),
    });
    expect(withMethods(["phone", "x".repeat(65)])).toMatchObject({
      ok: false,
      field: "probes.authMethods.methods[1]",
      message: expect.stringMatching(/65 characters long; at most 64/),
    });
  });

  test("a typed version is cut like a parsed one, so the pane and diagnose agree (F13)", () => {
    const typed = `Microsoft Outlook ${"x".repeat(190)} 15.0.5589.1000`;
    const r = parseFacts({ ...BASE, problemClient: { app: "outlook-windows-classic", version: typed } });
    expect(r.ok && r.facts.problemClient.version).toBe(normalizeVersion(typed));
    expect(normalizeVersion(typed)?.length).toBe(120);
    expect(normalizeVersion("  16.0\n2511  ")).toBe("16.0 2511");
    expect(normalizeVersion("\u202e")).toBeNull();
  });

  test("a cut never leaves half an emoji (a lone surrogate)", () => {
    const v = "😀".repeat(150);
    for (const pad of ["", "x"]) {
      const r = parseFacts({ ...BASE, problemClient: { app: "other", version: pad + v } });
      const out = r.ok ? (r.facts.problemClient.version as string) : "";
      expect(out.length).toBeLessThanOrEqual(120);
      expect(() => encodeURIComponent(out)).not.toThrow();
    }
    expect(cleanText("ab\ud800cd")).toBe("abcd");
  });

  test.each([
    ["0001-01-01T00:00:00Z"],
    ["1970-01-01T00:00:00Z"],
    ["2023-12-31T23:59:59Z"],
  ])("collectedAt %s predates the add-in: judged as of today, the original kept and noted", (date) => {
    const r = parseFacts({ ...BASE, collectedAt: date });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts.collectedAt).toBeNull();
    expect(r.facts.collectedAtRejected).toBe(date);
    expect(r.facts.inputNotes?.[0]).toMatch(/^collectedAt: .* is implausible; judged as of the day it was read$/);
  });

  test("collectedAt more than a day after the day it is read is rejected; within a day it stands", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const at = (collectedAt: string) => parseFacts({ ...BASE, collectedAt }, { now });
    const future = at("2026-11-27T12:00:01Z");
    expect(future.ok && future.facts.collectedAt).toBeNull();
    expect(future.ok && future.facts.collectedAtRejected).toBe("2026-11-27T12:00:01Z");
    const soon = at("2026-11-26T11:00:00Z");
    expect(soon.ok && soon.facts.collectedAt).toBe("2026-11-26T11:00:00Z");
    expect(at("2024-01-01T00:00:00Z").ok && at("2024-01-01T00:00:00Z")).toMatchObject({
      facts: { collectedAt: "2024-01-01T00:00:00Z" },
    });
    // Without a "today", parsing stays deterministic: only the lower bound applies.
    const r = parseFacts({ ...BASE, collectedAt: "2030-01-01T00:00:00Z" });
    expect(r.ok && r.facts.collectedAt).toBe("2030-01-01T00:00:00Z");
  });

  test("a report of the contract's shape round-trips without added fields", () => {
    const r = parseFacts(BASE);
    expect(r.ok && JSON.parse(JSON.stringify(r.facts))).toEqual(BASE);
  });

  test("the pane's error trail is read tolerantly, cleaned and capped at 20", () => {
    const entry = { at: "2026-11-25T10:00:00.000Z", area: "auth", code: "chunk_load_error", detail: "x", count: 2 };
    const many = Array.from({ length: 25 }, (_, i) => ({ ...entry, detail: `n${i}` }));
    const r = parseFacts({ ...BASE, errors: [...many, "junk", { area: "BAD AREA", code: "x" }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts.errors).toHaveLength(18); // the last 20, minus the two bad ones
    expect(r.facts.errors?.[0]).toEqual({ ...entry, detail: "n7" });
    expect(r.facts.inputNotes).toContain("errors: only the last 20 kept");
    const notList = parseFacts({ ...BASE, errors: "everything failed" });
    expect(notList.ok && notList.facts.errors).toBeUndefined();
  });

  test("Graph's mailbox error code is kept when present, code-shaped only", () => {
    const r = parseFacts({
      ...BASE,
      probes: { ...BASE.probes, mailbox: { status: "failed", httpStatus: 404, errorCode: "MailboxNotEnabledForRESTAPI" } },
    });
    expect(r.ok && r.facts.probes.mailbox.errorCode).toBe("MailboxNotEnabledForRESTAPI");
  });

  test("JSON text: a UTF-8 BOM is ignored; more than 1 MB is refused naming the size", () => {
    expect(parseFactsJson(`\ufeff${JSON.stringify(BASE)}`).ok).toBe(true);
    expect(parseFactsJson(" ".repeat(MAX_REPORT_BYTES + 1))).toMatchObject({
      ok: false,
      field: "(root)",
      message: expect.stringMatching(/1048577 characters long; at most 1048576/),
    });
  });
});
