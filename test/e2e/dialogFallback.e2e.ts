// The Office-dialog sign-in, end to end in Chromium: the pane in an emulated Outlook on the web offers Sign in
// because NAA turned out unavailable at run time; Sign in opens the real dialog.html the way office.js opens a dialog
// on the web (a window with _host_Info and the app context in window.name); the dialog page loads the real office.js
// from @microsoft/office-js (which sets history.replaceState to null, office-js #5589), runs MSAL 5's redirect flow
// against login.microsoftonline.com answered by test/e2e/fixtures/fakeEntra.ts, and messages its parent. The pane then
// runs the Graph checks with the token the dialog sent.
import { rejectionsOf, unexpectedConsoleErrors, type PageProbe } from "../support/browser";
import {
  checksSettled,
  copiedFacts,
  dialogWindow,
  openInHost,
  type HostOptions,
  type HostProbe,
} from "../support/officeHost";
import { diagnose, parseFacts } from "../../src/diagnosis";
import { FAKE_DIALOG_TOKEN } from "./fixtures/fakeEntra";
import { useHttpsBrowserAndServer } from "./fixtures/httpsSuite";

const suite = useHttpsBrowserAndServer();

/** What the pane's window received from the dialog (office.js on the web: opener.postMessage). */
const dialogMessages = (probe: PageProbe) =>
  probe.page.evaluate(
    () =>
      (window as unknown as { __dialogMessages?: { data: string; origin: string }[] })
        .__dialogMessages ?? []
  );
const dialogClosedAfter = (probe: PageProbe) =>
  probe.page.evaluate(
    () => (window as unknown as { __dialogClosed?: number[] }).__dialogClosed ?? []
  );

/**
 * Records, from every page of the context, office.js nulling the History API and any unhandled rejection or page
 * error in the dialog window (the pane has its own listeners).
 */
async function watchDialog(probe: HostProbe) {
  const seen = { historyNulled: [] as string[], dialogErrors: [] as string[] };
  await probe.context.exposeBinding(
    "__historyNulled",
    (_s, name: string) => void seen.historyNulled.push(name)
  );
  await probe.context.exposeBinding(
    "__dialogError",
    (_s, e: string) => void seen.dialogErrors.push(e)
  );
  await probe.context.addInitScript(() => {
    if (!location.pathname.endsWith("/dialog.html")) return;
    const w = window as unknown as {
      __historyNulled(n: string): void;
      __dialogError(e: string): void;
    };
    for (const name of ["replaceState", "pushState"] as const) {
      // office.js assigns null on the History instance; keep that behaviour and note that it happened.
      Object.defineProperty(history, name, {
        configurable: true,
        get: () => History.prototype[name],
        set(v: unknown) {
          if (v === null) w.__historyNulled(name);
          Object.defineProperty(history, name, { configurable: true, writable: true, value: v });
        },
      });
    }
    window.addEventListener("unhandledrejection", (e) =>
      w.__dialogError(`rejection: ${String(e.reason)}`)
    );
    window.addEventListener("error", (e) => w.__dialogError(`error: ${e.message}`));
  });
  return seen;
}

async function open(opts: HostOptions) {
  const probe = await openInHost(suite.browser(), suite.server(), {
    captureClipboard: true,
    ...opts,
  });
  const seen = await watchDialog(probe);
  await probe.open();
  await checksSettled(probe);
  return { probe, seen };
}

async function diagnosisOf(probe: HostProbe) {
  const parsed = parseFacts(await copiedFacts(probe));
  if (!parsed.ok) throw new Error(`the pane's report doesn't parse: ${parsed.field}`);
  return { facts: parsed.facts, diagnosis: diagnose(parsed.facts, { now: new Date() }) };
}

async function expectClean(probe: HostProbe, seen: { dialogErrors: string[] }) {
  expect(probe.pageErrors).toEqual([]);
  expect(await rejectionsOf(probe.page)).toEqual([]);
  expect(seen.dialogErrors).toEqual([]);
  expect(await probe.page.getByTestId("preview").count()).toBe(0);
}

test("web, no NAA bridge at run time: Sign in opens the real dialog.html with the real office.js, which signs in and messages its parent; the checks then pass with its token", async () => {
  const { probe, seen } = await open({
    profile: "web",
    bridge: "missing",
    dialog: "web",
    entra: {},
  });
  const before = await diagnosisOf(probe);
  expect(before.facts.probes.token).toEqual({
    status: "unsupported",
    errorCode: "nested_app_auth_unavailable",
  });
  expect(before.diagnosis.findings.map((f) => f.id)).toContain("signin-bridge-unavailable");
  expect(probe.graphCalls).toEqual([]);

  await probe.page.getByTestId("sign-in").click();
  const dialog = await dialogWindow(probe);
  expect(new URL(dialog.url()).searchParams.get("_host_Info")).toContain("isDialog");
  const checks = await checksSettled(probe);
  expect(checks).toMatchObject({ token: "ok", mailbox: "ok", methods: "ok" });

  // The message the parent received, exactly as the dialog sent it.
  expect(await dialogMessages(probe)).toEqual([
    {
      data: JSON.stringify({ status: "ok", errorCode: null, accessToken: FAKE_DIALOG_TOKEN }),
      origin: new URL(suite.server().url).origin,
    },
  ]);
  expect(probe.graphTokens).toEqual([`Bearer ${FAKE_DIALOG_TOKEN}`, `Bearer ${FAKE_DIALOG_TOKEN}`]);
  // The real office.js ran in the dialog (on each of its loads) and nulled the History API; MSAL's redirect
  // handling still worked.
  expect([...new Set(seen.historyNulled)].sort()).toEqual(["pushState", "replaceState"]);

  // What MSAL asked Entra for: a resource scope, PKCE, the dialog as redirect URI, the opener kept (pocd=1).
  const authorize = probe.entra?.authorize ?? [];
  expect(authorize).toHaveLength(1);
  const q = authorize[0]?.searchParams;
  expect(q?.get("client_id")).toBe("11111111-1111-1111-1111-111111111111");
  expect(q?.get("redirect_uri")).toBe(`${suite.server().url}dialog.html`);
  expect(q?.get("scope")?.split(" ")).toEqual(
    expect.arrayContaining([
      "https://graph.microsoft.com/Mail.ReadBasic",
      "https://graph.microsoft.com/UserAuthenticationMethod.Read",
    ])
  );
  expect(q?.get("code_challenge_method")).toBe("S256");
  expect(q?.get("pocd")).toBe("1");
  expect(probe.entra?.token[0]?.get("code_verifier")).toBeTruthy();

  const after = await diagnosisOf(probe);
  expect(after.facts.probes.token).toEqual({ status: "ok", errorCode: null });
  expect(after.diagnosis.findings.map((f) => f.id)).toEqual(
    expect.arrayContaining(["token-ok", "mailbox-ok", "mfa-methods-ok"])
  );
  expect(unexpectedConsoleErrors(probe)).toEqual([]);
  await expectClean(probe, seen);
  await probe.context.close();
});

test("office-js #6707 replayed: Microsoft's sign-in page cuts the dialog from its opener, the dialog closes as the page loads, and the pane says so and offers Sign in again", async () => {
  const { probe, seen } = await open({
    profile: "web",
    bridge: "missing",
    dialog: "web",
    entra: { authorize: "coop" },
  });
  await probe.page.getByTestId("sign-in").click();
  await dialogWindow(probe);
  await probe.page.waitForFunction(
    () => ((window as unknown as { __dialogClosed?: number[] }).__dialogClosed ?? []).length > 0
  );
  await checksSettled(probe);
  const [closedAfter] = await dialogClosedAfter(probe);
  expect(closedAfter).toBeLessThan(5000);
  expect(await dialogMessages(probe)).toEqual([]);

  const { facts, diagnosis } = await diagnosisOf(probe);
  expect(facts.probes.token).toEqual({ status: "failed", errorCode: "dialog_closed_early" });
  expect(diagnosis.findings.map((f) => f.id)).toContain("signin-sign-in-window-closed");
  expect(diagnosis.adminNotes.join("\n")).toContain("office.js closes a web dialog");
  // The raw shape for IT: Office's number and how long the window lived.
  expect(facts.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        area: "dialog",
        code: "dialog_closed_early",
        detail: expect.stringMatching(/^Office dialog error 12006 after \d+ ms$/),
      }),
    ])
  );
  await expect(probe.page.getByTestId("sign-in").isVisible()).resolves.toBe(true);
  expect(probe.graphCalls).toEqual([]);
  await expectClean(probe, seen);
  await probe.context.close();
});

test("the dialog's sign-in blocked by Conditional Access (AADSTS53003 in the redirect): the parent is told, IT is the fix", async () => {
  const { probe, seen } = await open({
    profile: "web",
    bridge: "missing",
    dialog: "web",
    entra: {
      authorize: {
        error: "access_denied",
        description: "AADSTS53003: Access has been blocked by Conditional Access policies.",
      },
    },
  });
  await probe.page.getByTestId("sign-in").click();
  await probe.page.waitForFunction(
    () =>
      ((window as unknown as { __dialogMessages?: unknown[] }).__dialogMessages ?? []).length > 0
  );
  await checksSettled(probe);
  const [message] = await dialogMessages(probe);
  expect(JSON.parse(message?.data ?? "{}")).toEqual({
    status: "failed",
    errorCode: "AADSTS53003",
    accessToken: null,
  });
  const { facts, diagnosis } = await diagnosisOf(probe);
  // A policy refusal names whose sign-in it was: the assistant's own app registration.
  expect(facts.probes.token).toEqual({
    status: "failed",
    errorCode: "AADSTS53003",
    clientId: "11111111-1111-1111-1111-111111111111",
  });
  expect(diagnosis.findings.map((f) => f.id)).toContain("signin-blocked-by-policy");
  expect(await probe.page.locator("[data-action]").first().getAttribute("data-action")).toBe(
    "contact-admin"
  );
  expect(probe.entra?.token).toEqual([]);
  await expectClean(probe, seen);
  await probe.context.close();
});
