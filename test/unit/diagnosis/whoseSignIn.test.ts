// The report says whose sign-in failed (the assistant's own, never the user's mail app) and keeps exactly Entra's
// correlation ID and timestamp from the error, never its trace ID, a token, an address or a tenant ID.
import { mapAuthError } from "../../../src/auth/errors";
import { diagnose, parseFacts } from "../../../src/diagnosis";
import { formatTextSummary } from "../../../src/diagnosis/report";
import { tokenProbe } from "../../../src/probes/runner";
import { facts, NOW, BASE } from "../../support/facts";

const CLIENT_ID = "0f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const CORRELATION = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const TRACE = "2a6b1d3e-1111-4c2b-9f00-5f5e5e5e5e5e";
const ENTRA_MESSAGE = `AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Trace ID: ${TRACE} Correlation ID: ${CORRELATION} Timestamp: 2026-12-07 09:14:03Z`;

describe("Entra's trace is read from the error before anything is scrubbed", () => {
  test("an AADSTS error keeps its correlation ID and timestamp, and nothing else of the message", () => {
    const outcome = mapAuthError({
      name: "ServerError",
      errorCode: "access_denied",
      errorMessage: ENTRA_MESSAGE,
    });
    expect(outcome).toEqual({
      status: "failed",
      errorCode: "AADSTS53003",
      correlationId: CORRELATION,
      timestamp: "2026-12-07 09:14:03Z",
    });
  });

  test("a sign-in library error carries no trace even if its text holds a GUID", () => {
    const outcome = mapAuthError({
      errorCode: "user_cancelled",
      message: `Correlation ID: ${CORRELATION}`,
    });
    expect(outcome).toEqual({ status: "interaction_required", errorCode: "user_cancelled" });
  });

  test("the token probe names the assistant's app only for a policy refusal", () => {
    expect(
      tokenProbe({ status: "failed", errorCode: "AADSTS50055", accessToken: null }, CLIENT_ID)
    ).toEqual({ status: "failed", errorCode: "AADSTS50055" });
    expect(tokenProbe({ status: "ok", errorCode: null, accessToken: "secret" }, CLIENT_ID)).toEqual(
      {
        status: "ok",
        errorCode: null,
      }
    );
    expect(
      tokenProbe(
        {
          status: "failed",
          errorCode: "AADSTS53003",
          correlationId: CORRELATION,
          accessToken: null,
        },
        CLIENT_ID
      )
    ).toEqual({
      status: "failed",
      errorCode: "AADSTS53003",
      clientId: CLIENT_ID,
      correlationId: CORRELATION,
    });
  });
});

describe("the facts report carries the trace in its own fields", () => {
  const blocked = {
    problemClient: { app: "outlook-windows-classic", version: null },
    probes: {
      token: {
        status: "failed",
        errorCode: "AADSTS53003",
        clientId: CLIENT_ID,
        correlationId: CORRELATION,
        timestamp: "2026-12-07 09:14:03Z",
      },
      mailbox: { status: "skipped", httpStatus: null },
      authMethods: { status: "skipped", methods: [] },
    },
  };

  test("well-formed values are kept; anything else is dropped and noted, never shown", () => {
    const bad = parseFacts({
      ...BASE,
      probes: {
        ...BASE.probes,
        token: {
          status: "failed",
          errorCode: "AADSTS53003",
          correlationId: "Bearer eyJ0eXAi",
          timestamp: "soon",
        },
      },
    });
    expect(bad.ok && bad.facts.probes.token).toEqual({
      status: "failed",
      errorCode: "AADSTS53003",
    });
    expect(bad.ok && bad.facts.inputNotes).toEqual([
      "probes.token.correlationId: not in the expected form, ignored",
      "probes.token.timestamp: not in the expected form, ignored",
    ]);
  });

  test("the report says the refused sign-in was the assistant's own, with the correlation ID and time", () => {
    const f = facts(blocked);
    const d = diagnose(f, { now: NOW });
    const text = formatTextSummary(d, f);
    expect(text).toContain(
      `Whose sign-in: the live check signed in as the assistant's own app (application ID "${CLIENT_ID}"), not as Outlook for Windows (classic); it ended "failed" with "AADSTS53003"; Entra correlation ID "${CORRELATION}", timestamp "2026-12-07 09:14:03Z"`
    );
    expect(text).not.toContain(TENANT);
    expect(text).not.toContain(TRACE);
  });

  test("the Conditional Access note for IT names the assistant's application ID and time", () => {
    const d = diagnose(facts(blocked), { now: NOW });
    expect(d.adminNotes).toContain(
      `AADSTS53003 refused the sign-in of the Sign-in Assistant's app (application ID ${CLIENT_ID}) (correlation ID ${CORRELATION}), not Outlook for Windows (classic)'s own sign-in. In the Entra admin center › Sign-in logs, filter by that application ID or the correlation ID at 2026-12-07 09:14:03Z and open the Conditional Access tab to see which policy applied. The same policy may also refuse Outlook for Windows (classic); check its sign-ins separately.`
    );
  });

  test("with no live check the report says only the pane's view was judged", () => {
    const f = facts({ probes: { token: { status: "not_configured", errorCode: null } } });
    expect(formatTextSummary(diagnose(f, { now: NOW }), f)).toMatch(
      /^Whose sign-in: no live check ran/m
    );
  });
});

describe("the report's lead is written for IT", () => {
  test("no MFA method registered: the lead tells IT what the user must do; the user's sentence follows as told", () => {
    const f = facts({
      problemClient: { app: "outlook-windows-classic", version: null },
      probes: { authMethods: { status: "ok", methods: ["password"] } },
    });
    const text = formatTextSummary(diagnose(f, { now: NOW }), f);
    expect(text).toContain(
      "Summary for IT: The user must register an MFA method (Security info) before Outlook for Windows (classic) can sign in."
    );
    expect(text).toMatch(
      /^The user was told: Outlook for Windows \(classic\) needs you to finish setting up/m
    );
  });

  test("Conditional Access: IT reads that it is theirs to act, and where to look", () => {
    const d = diagnose(
      facts({
        problemClient: { app: "outlook-windows-classic", version: null },
        probes: { token: { status: "failed", errorCode: "AADSTS53003" } },
      }),
      { now: NOW }
    );
    expect(d.summary.forIt).toBe(
      "IT action needed: Conditional Access refused the sign-in (see the notes for whose sign-in it was and Entra's correlation ID)."
    );
  });

  test('a version read from the pane\'s own Outlook is said to be that, not "unknown"', () => {
    const f = facts({
      host: { hostName: "Outlook", platform: "PC", officeVersion: "16.0.20430.20088" },
    });
    expect(formatTextSummary(diagnose(f, { now: NOW }), f)).toMatch(
      /^Problem app: Outlook for Microsoft 365 \(Version 2609\); version: from the app the pane ran in;/m
    );
  });
});
