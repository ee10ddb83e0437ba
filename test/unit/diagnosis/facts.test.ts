import { parseFacts, parseFactsJson } from "../../../src/diagnosis";
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
