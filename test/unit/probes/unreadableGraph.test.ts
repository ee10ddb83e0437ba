// A 2xx from Graph whose body can't be Graph's answer (a proxy's HTML page, a cut-off body, JSON null, a "value"
// that isn't a list) is a failed check with a code for IT, never an empty answer ("you have no MFA method").
import type { TokenProvider } from "../../../src/auth/types";
import { diagnose, parseFacts, type Facts } from "../../../src/diagnosis";
import { graphGet } from "../../../src/graph/graphClient";
import { BAD_BODY, runProbes, type RunnerDeps } from "../../../src/probes/runner";
import { startBudget } from "../../../src/util/budget";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";

const GOOD_METHODS = {
  value: [{ "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod" }],
};
const respond = (body: string, type = "application/json") =>
  new Response(body, { status: 200, headers: { "content-type": type } });

const BAD_BODIES: [string, () => Response][] = [
  ["broken JSON", () => respond("{not json")],
  [
    "an HTML page",
    () => respond("<!doctype html><title>Sign in to the proxy</title>", "text/html"),
  ],
  ["JSON null", () => respond("null")],
  ["a value that isn't a list", () => respond('{"value":"oops"}')],
  ["an empty body", () => respond("")],
  ["a JSON array", () => respond("[]")],
];

const provider: TokenProvider = {
  silent: async () => ({ status: "ok", errorCode: null, accessToken: "t" }),
  interactive: async () => ({ status: "ok", errorCode: null, accessToken: "t" }),
};

function deps(mailbox: () => Response, methods: () => Response): RunnerDeps {
  return {
    provider: async () => provider,
    fetch: (async (url: string) =>
      url.includes("mailFolders") ? mailbox() : methods()) as unknown as typeof fetch,
    online: () => true,
  };
}

beforeEach(() => {
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const trail = () => errorTrail().map((e) => `${e.area} ${e.code}: ${e.detail}`);

describe.each(BAD_BODIES)("a 200 with %s", (_, bad) => {
  test("the methods check fails with a code in the trail; the engine never says 'register a method'", async () => {
    const probes = await runProbes(
      deps(() => respond('{"id":"inbox"}'), bad),
      false,
      () => undefined
    );
    expect(probes.authMethods).toEqual({ status: "failed", methods: [] });
    expect(trail()).toContainEqual(
      expect.stringMatching(/^graph bad_body: \/me\/authentication\/methods: HTTP 200 with /)
    );
    const facts: Facts = {
      schema: 1,
      collectedAt: null,
      host: {
        hostName: "OutlookWebApp",
        hostVersion: null,
        platform: "OfficeOnline",
        officeVersion: null,
        mailboxRequirementSet: "1.14",
        nestedAppAuth: true,
        accountType: "office365",
        ewsTokenStatus: null,
      },
      problemClient: { app: null, version: null },
      probes: { ...probes },
      org: { mfaMode: "conditionalAccess", appPasswordsAllowed: false },
    };
    const parsed = parseFacts(facts);
    if (!parsed.ok) throw new Error(parsed.message);
    const d = diagnose(parsed.facts, { now: new Date("2026-11-25T12:00:00Z") });
    expect(d.findings.map((f) => f.id)).not.toContain("mfa-method-missing");
    expect(d.actions).not.toContain("register-mfa");
  });

  test("the mailbox check fails with graph_bad_body, not ok", async () => {
    const probes = await runProbes(
      deps(bad, () => respond(JSON.stringify(GOOD_METHODS))),
      false,
      () => undefined
    );
    expect(probes.mailbox).toEqual({ status: "failed", httpStatus: 200, errorCode: BAD_BODY });
    expect(trail()).toContainEqual(
      expect.stringMatching(/^graph bad_body: \/me\/mailFolders\/inbox: HTTP 200 with /)
    );
  });
});

test("the detail names the body's shape, never its content", async () => {
  await runProbes(
    deps(
      () => respond('{"id":"inbox"}'),
      () => respond('{"value":"alice@contoso.example"}')
    ),
    false,
    () => undefined
  );
  const detail = trail().join("\n");
  expect(detail).toContain("an object whose value is string");
  expect(detail).not.toContain("alice");
});

test("any Graph call: a 2xx body that isn't a JSON object is bad-body by default", async () => {
  const budget = startBudget(5_000);
  try {
    const outcome = await graphGet("/me/anything", {
      fetch: (async () => respond("<html></html>", "text/html")) as unknown as typeof fetch,
      getToken: async () => "t",
      requestTimeoutMs: 1_000,
      budget,
    });
    expect(outcome).toEqual({ kind: "bad-body", httpStatus: 200 });
  } finally {
    budget.end();
  }
});

test("a healthy answer still reads as before", async () => {
  const probes = await runProbes(
    deps(
      () => respond('{"id":"inbox"}'),
      () => respond(JSON.stringify(GOOD_METHODS))
    ),
    false,
    () => undefined
  );
  expect(probes.mailbox).toEqual({ status: "ok", httpStatus: 200 });
  expect(probes.authMethods).toEqual({ status: "ok", methods: ["microsoftAuthenticator"] });
  expect(trail()).toEqual([]);
});
