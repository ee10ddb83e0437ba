// The pane's store, without React: what the start-up writes, what the user's choices change, how the live checks
// move from pending to their results, and that a stale run can't overwrite a newer one.
import { webLightTheme } from "@fluentui/react-components";
import { parseFacts, type Facts } from "../../../src/diagnosis";
import { enUS, translator } from "../../../src/i18n";
import type { ProbeUpdate } from "../../../src/probes/runner";
import { SCENARIOS } from "../../../src/scenarios";
import { createPaneStore, type LiveChecks } from "../../../src/taskpane/paneStore";
import type { HostServices } from "../../../src/ui/services";

const chrome = {
  lang: "en-US",
  t: translator(enUS),
  theme: webLightTheme,
  themeName: "light" as const,
  localeFailed: null,
};
const services = {} as HostServices;

function facts(id = "classic-current-needs-registration"): Facts {
  const p = parseFacts(SCENARIOS.find((s) => s.id === id)?.facts);
  if (!p.ok) throw new Error(id);
  return p.facts;
}

const OK: Required<ProbeUpdate> = {
  token: { status: "ok", errorCode: null },
  mailbox: { status: "ok", httpStatus: 200 },
  authMethods: { status: "ok", methods: ["password"] },
};

/** Live checks whose phases the test ends by hand. */
function manualChecks() {
  const runs: {
    interactive: boolean;
    update: (u: ProbeUpdate) => void;
    end: (p: Facts["probes"]) => void;
  }[] = [];
  const checks: LiveChecks = {
    canSignIn: true,
    online: () => true,
    run: (interactive, update) => new Promise((end) => runs.push({ interactive, update, end })),
  };
  return { checks, runs };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test("starts in the frame; arriving names the mode and the facts; subscribers hear every change", () => {
  const store = createPaneStore(chrome);
  expect(store.getState()).toMatchObject({ mode: "starting", facts: null, end: null });
  const heard = jest.fn();
  const unsubscribe = store.subscribe(heard);
  store.arrive({
    mode: "office",
    end: "outlook",
    facts: facts(),
    services,
    email: "a@contoso.example",
    checksAwaited: true,
  });
  expect(store.getState()).toMatchObject({
    mode: "office",
    end: "outlook",
    email: "a@contoso.example",
  });
  expect([...store.getState().pending].sort()).toEqual(["authMethods", "mailbox", "token"]);
  expect(heard).toHaveBeenCalledTimes(1);
  unsubscribe();
  store.chooseApp("thunderbird", null);
  expect(heard).toHaveBeenCalledTimes(1);
});

test("the app the user names survives what arrives later (refine), and a typed version is cleaned", () => {
  const store = createPaneStore(chrome);
  store.arrive({ mode: "office", end: "outlook", facts: facts(), services, email: "x" });
  store.chooseApp("outlook-windows-classic", "  2016\u202e ");
  store.refine((f) => ({ ...f, org: { mfaMode: "perUserMfa", appPasswordsAllowed: true } }));
  expect(store.getState().facts?.problemClient).toEqual({
    app: "outlook-windows-classic",
    version: "2016",
  });
  expect(store.getState().facts?.org.mfaMode).toBe("perUserMfa");
});

test("wired checks run at once; each result clears its pending row; a sign-in that ends without a token is said", async () => {
  const store = createPaneStore(chrome);
  store.arrive({
    mode: "office",
    end: "outlook",
    facts: facts(),
    services,
    email: "x",
    checksAwaited: true,
  });
  const { checks, runs } = manualChecks();
  store.wireChecks(checks, true);
  expect(runs).toHaveLength(1);
  expect(runs[0]?.interactive).toBe(false);
  runs[0]?.update({ token: OK.token });
  expect([...store.getState().pending].sort()).toEqual(["authMethods", "mailbox"]);
  expect(store.getState().facts?.probes.token.status).toBe("ok");
  runs[0]?.update({ mailbox: OK.mailbox, authMethods: OK.authMethods });
  runs[0]?.end({ ...store.getState().facts!.probes });
  await tick();
  expect(store.getState().pending.size).toBe(0);

  store.runChecks(true);
  const failed = { status: "interaction_required" as const, errorCode: "AADSTS50076" };
  runs[1]?.update({ token: failed });
  runs[1]?.end({ ...store.getState().facts!.probes, token: failed });
  await tick();
  expect(store.getState().signInEnded).toBe(true);
  expect(store.getState().facts?.probes.token).toEqual(failed);
});

test("a newer run wins: results of a run started earlier are dropped", async () => {
  const store = createPaneStore(chrome);
  store.arrive({ mode: "office", end: "outlook", facts: facts(), services, email: "x" });
  const { checks, runs } = manualChecks();
  store.wireChecks(checks, true);
  store.runChecks(false);
  runs[0]?.update({ token: { status: "timeout", errorCode: null } });
  expect(store.getState().facts?.probes.token.status).not.toBe("timeout");
  runs[1]?.update({ token: OK.token });
  expect(store.getState().facts?.probes.token.status).toBe("ok");
});

test("a runner that fails to load is a failed check with a code, never a pending row forever", async () => {
  const store = createPaneStore(chrome);
  store.arrive({
    mode: "office",
    end: "outlook",
    facts: facts(),
    services,
    email: "x",
    checksAwaited: true,
  });
  store.wireChecks(
    { canSignIn: true, online: () => true, run: () => Promise.reject(new Error("chunk")) },
    true
  );
  await tick();
  expect(store.getState().pending.size).toBe(0);
  expect(store.getState().facts?.probes.token).toEqual({
    status: "failed",
    errorCode: "unknown_error",
  });
});

test("no checks configured: the rows waiting for config.json stop waiting", () => {
  const store = createPaneStore(chrome);
  store.arrive({
    mode: "office",
    end: "outlook",
    facts: facts(),
    services,
    email: "x",
    checksAwaited: true,
  });
  store.wireChecks(null, false);
  expect(store.getState().pending.size).toBe(0);
  expect(store.getState()).toMatchObject({ checksWired: false, canSignIn: false });
});

test("a failed start is a mode with its reason and what Office said; the facts are gone", () => {
  const store = createPaneStore(chrome);
  store.arrive({ mode: "office", end: "outlook", facts: facts(), services, email: "x" });
  store.fail("chunk", {
    hostName: "Outlook",
    hostVersion: "16.0.1",
    platform: "PC",
    mailboxRequirementSet: "1.15",
  });
  expect(store.getState()).toMatchObject({
    mode: "start-failure",
    end: "chunk",
    facts: null,
    failure: { end: "chunk", host: { hostName: "Outlook" } },
  });
});

test("examples are marked as examples, whichever is chosen", () => {
  const store = createPaneStore(chrome);
  store.setExamples(SCENARIOS, "offline");
  const chosen = store.chooseExample("thunderbird-imap");
  expect(chosen?.example).toBe(true);
  expect(store.getState().examples?.id).toBe("thunderbird-imap");
  expect(store.getState().facts?.problemClient.app).toBe("thunderbird");
  expect(store.chooseExample("no-such-example")).toBeNull();
});
