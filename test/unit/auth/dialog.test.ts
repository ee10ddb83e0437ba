const mockPca = {
  handleRedirectPromise: jest.fn(),
  loginRedirect: jest.fn(),
};
jest.mock("@azure/msal-browser", () => ({
  createStandardPublicClientApplication: jest.fn(async () => mockPca),
}));

import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";
import {
  BAD_SETTINGS_TEXT,
  FAILED_TEXT,
  dialogSettings,
  NOT_A_DIALOG_TEXT,
  runDialogPage,
  type DialogPageEnv,
} from "../../../src/auth/dialogPage";
import {
  EARLY_CLOSE_MS,
  signInWithDialog,
  tokenFromDialogError,
  tokenFromDialogMessage,
} from "../../../src/auth/dialogSignIn";

const CLIENT = "11111111-2222-3333-4444-555555555555";
const GOOD = `?clientId=${CLIENT}&authority=${encodeURIComponent("https://login.microsoftonline.com/organizations")}`;

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function env(over: Partial<DialogPageEnv> = {}) {
  const sent: unknown[] = [];
  const shown: string[] = [];
  const e: DialogPageEnv = {
    parent: (m) => sent.push(JSON.parse(m)),
    orgAuth: async () => ({
      clientId: CLIENT,
      authority: "https://login.microsoftonline.com/organizations",
    }),
    search: GOOD,
    redirectUri: "https://addins.contoso.example/signin-assistant/dialog.html",
    storage: memoryStorage(),
    show: (t) => shown.push(t),
    ...over,
  };
  return { e, sent, shown };
}

beforeEach(() => {
  jest.clearAllMocks();
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("the dialog's reply → the token probe", () => {
  test.each([
    [12006, "interaction_required", "user_cancelled"],
    [12009, "interaction_required", "user_cancelled"],
    [12011, "interaction_required", "popup_window_error"],
    [12007, "interaction_required", "interaction_in_progress"],
    [12002, "failed", "dialog_12002"],
    [12004, "failed", "dialog_12004"],
    [12005, "failed", "dialog_12005"],
    [null, "failed", "dialog_error"],
  ])("Office error %s → %s (%s)", (code, status, errorCode) => {
    expect(tokenFromDialogError(code)).toEqual({ status, errorCode, accessToken: null });
  });

  test("a well-formed message is taken field by field", () => {
    expect(tokenFromDialogMessage('{"status":"ok","errorCode":null,"accessToken":"tok"}')).toEqual({
      status: "ok",
      errorCode: null,
      accessToken: "tok",
    });
    expect(
      tokenFromDialogMessage('{"status":"failed","errorCode":"AADSTS53003","accessToken":null}')
    ).toEqual({ status: "failed", errorCode: "AADSTS53003", accessToken: null });
  });

  test.each([
    ["not JSON", "not json"],
    ["an unknown status", '{"status":"great"}'],
    ["ok without a token", '{"status":"ok","accessToken":""}'],
    ["null", "null"],
  ])("%s is a failed sign-in (dialog_bad_message)", (_, message) => {
    expect(tokenFromDialogMessage(message)).toEqual({
      status: "failed",
      errorCode: "dialog_bad_message",
      accessToken: null,
    });
  });

  test("a code that isn't code-shaped is replaced, never passed on", () => {
    expect(
      tokenFromDialogMessage('{"status":"failed","errorCode":"x\\n[OK] fine","accessToken":"leak"}')
    ).toEqual({ status: "failed", errorCode: "unknown_error", accessToken: null });
  });

  test("signInWithDialog opens the given URL and maps what comes back", async () => {
    const open = jest.fn(async () => ({ kind: "error" as const, code: 12006 }));
    expect(await signInWithDialog(open, "https://a.example/dialog.html")).toMatchObject({
      errorCode: "user_cancelled",
    });
    expect(open).toHaveBeenCalledWith("https://a.example/dialog.html");
  });

  test.each([
    [0, "failed", "dialog_closed_early"],
    [EARLY_CLOSE_MS - 1, "failed", "dialog_closed_early"],
    [EARLY_CLOSE_MS, "interaction_required", "user_cancelled"],
    [45_000, "interaction_required", "user_cancelled"],
  ])(
    "12006 %i ms after the dialog opened → %s (%s): the host closed it, or a person did (office-js #6707, #6548)",
    async (afterMs, status, errorCode) => {
      const open = async () => ({ kind: "error" as const, code: 12006, afterMs });
      expect(await signInWithDialog(open, "https://a.example/dialog.html")).toEqual({
        status,
        errorCode,
        accessToken: null,
      });
      expect(errorTrail().at(-1)).toMatchObject({
        area: "dialog",
        code: errorCode,
        detail: `Office dialog error 12006 after ${afterMs} ms`,
      });
    }
  );
});

describe("dialog.html", () => {
  test("opened outside an Office dialog: a short text, no sign-in, no storage, no throw", async () => {
    const { e, shown } = env({
      parent: null,
      search: `?clientId=${"2".repeat(8)}-2222-2222-2222-222222222222`,
    });
    await expect(runDialogPage(e)).resolves.toBeUndefined();
    expect(shown).toEqual([NOT_A_DIALOG_TEXT]);
    expect(createStandardPublicClientApplication).not.toHaveBeenCalled();
    expect((e.storage as ReturnType<typeof memoryStorage>).data.size).toBe(0);
  });

  test.each([
    ["a client ID that isn't a GUID", "?clientId=attacker-app"],
    ["no client ID", "?authority=https%3A%2F%2Flogin.microsoftonline.com%2Fcommon"],
    [
      "an authority off the Microsoft identity platform",
      `?clientId=${CLIENT}&authority=${encodeURIComponent("https://evil.example/common")}`,
    ],
    ["a javascript: authority", `?clientId=${CLIENT}&authority=javascript%3Aalert(1)`],
    [
      "a sovereign-cloud authority",
      `?clientId=${CLIENT}&authority=${encodeURIComponent("https://login.microsoftonline.us/common")}`,
    ],
    [
      "an authority with credentials",
      `?clientId=${CLIENT}&authority=${encodeURIComponent("https://a:b@login.microsoftonline.com/common")}`,
    ],
  ])("%s: refused, told to the pane, MSAL never started", async (_, search) => {
    const { e, sent, shown } = env({ search });
    await runDialogPage(e);
    expect(sent).toEqual([
      { status: "failed", errorCode: "dialog_bad_settings", accessToken: null },
    ]);
    expect(shown).toEqual([BAD_SETTINGS_TEXT]);
    expect(createStandardPublicClientApplication).not.toHaveBeenCalled();
  });

  test("valid settings: stored for the redirect's return, then a redirect sign-in starts", async () => {
    mockPca.handleRedirectPromise.mockResolvedValueOnce(null);
    const { e, sent } = env();
    await runDialogPage(e);
    expect(createStandardPublicClientApplication).toHaveBeenCalledWith(
      expect.objectContaining({
        auth: {
          clientId: CLIENT,
          authority: "https://login.microsoftonline.com/organizations",
          redirectUri: "https://addins.contoso.example/signin-assistant/dialog.html",
          // Keeps the dialog's opener through the sign-in redirect (office-js #6707, #1127).
          originCheck: false,
        },
      })
    );
    expect(mockPca.loginRedirect).toHaveBeenCalledWith({
      scopes: [
        "https://graph.microsoft.com/Mail.ReadBasic",
        "https://graph.microsoft.com/UserAuthenticationMethod.Read",
      ],
    });
    expect(sent).toEqual([]);
  });

  test("office.js's null replaceState and pushState are put back before MSAL runs (office-js #5589)", async () => {
    class FakeHistory {
      replaceState(): void {}
      pushState(): void {}
    }
    const history = new FakeHistory() as unknown as History;
    Object.assign(history, { replaceState: null, pushState: null });
    let seenByMsal: unknown = "not called";
    mockPca.handleRedirectPromise.mockImplementationOnce(async () => {
      seenByMsal = typeof history.replaceState;
      return null;
    });
    const { e } = env({ history });
    await runDialogPage(e);
    expect(seenByMsal).toBe("function");
    expect(typeof history.pushState).toBe("function");
  });

  test("a History object that can't be restored is recorded, and sign-in still starts", async () => {
    const history = Object.freeze({ replaceState: null, pushState: null }) as unknown as History;
    mockPca.handleRedirectPromise.mockResolvedValueOnce(null);
    const { e } = env({ history });
    await runDialogPage(e);
    expect(errorTrail().map((x) => x.code)).toContain("history_api_unavailable");
    expect(mockPca.loginRedirect).toHaveBeenCalled();
  });

  test("back from Microsoft's page (no query, settings from storage): the token goes to the pane", async () => {
    const storage = memoryStorage();
    storage.setItem("signin.clientId", CLIENT);
    storage.setItem("signin.authority", "https://login.microsoftonline.com/organizations");
    mockPca.handleRedirectPromise.mockResolvedValueOnce({ accessToken: "tok" });
    const { e, sent } = env({ search: "", storage });
    await runDialogPage(e);
    expect(sent).toEqual([{ status: "ok", errorCode: null, accessToken: "tok" }]);
  });

  test("a tampered stored client ID is refused too", () => {
    const storage = memoryStorage();
    storage.setItem("signin.clientId", "not-a-guid");
    expect(dialogSettings("", storage)).toBeNull();
  });

  test("storage switched off (getItem throws): the first leg still works from the query string", () => {
    const storage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => undefined,
    };
    expect(dialogSettings(GOOD, storage)).toEqual({
      clientId: CLIENT,
      authority: "https://login.microsoftonline.com/organizations",
    });
  });

  test("MSAL failing in the dialog is reported to the pane with its code, its raw shape kept for IT", async () => {
    mockPca.handleRedirectPromise.mockRejectedValueOnce(
      Object.assign(new Error("x"), { name: "ServerError", errorCode: "redirect_uri_mismatch_x" })
    );
    const { e, sent, shown } = env();
    await runDialogPage(e);
    expect(sent).toEqual([
      { status: "failed", errorCode: "redirect_uri_mismatch_x", accessToken: null },
    ]);
    expect(shown).toEqual([FAILED_TEXT]);
    expect(errorTrail()).toEqual([
      expect.objectContaining({
        area: "dialog",
        code: "redirect_uri_mismatch_x",
        detail: expect.stringContaining('ServerError errorCode="redirect_uri_mismatch_x"'),
      }),
    ]);
  });

  test("the TypeError office.js caused before the fix (#5589) still reaches the pane, as unknown_error", async () => {
    mockPca.handleRedirectPromise.mockRejectedValueOnce(
      new TypeError("Cannot read properties of null (reading 'apply')")
    );
    const { e, sent } = env();
    await runDialogPage(e);
    expect(sent).toEqual([{ status: "failed", errorCode: "unknown_error", accessToken: null }]);
  });
});

describe("dialog.html takes its settings from the organisation's config.json, not its address", () => {
  const FOREIGN = "22222222-2222-2222-2222-222222222222";

  test.each([
    ["a foreign client ID in the query", `?clientId=${FOREIGN}`],
    [
      "the organisation's client ID with another authority",
      `?clientId=${CLIENT}&authority=${encodeURIComponent("https://login.microsoftonline.com/common")}`,
    ],
  ])("%s: refused, MSAL never started", async (_, search) => {
    const { e, sent, shown } = env({ search });
    await runDialogPage(e);
    expect(sent).toEqual([
      { status: "failed", errorCode: "dialog_bad_settings", accessToken: null },
    ]);
    expect(shown).toEqual([BAD_SETTINGS_TEXT]);
    expect(createStandardPublicClientApplication).not.toHaveBeenCalled();
    expect(errorTrail().map((x) => `${x.code}: ${x.detail}`)).toContainEqual(
      expect.stringMatching(/^bad_settings: the (client ID|authority) differs from config\.json's$/)
    );
  });

  test.each([
    ["config.json names no client ID", async () => null],
    ["config.json can't be read", async () => Promise.reject(new Error("offline"))],
    ["config.json's client ID isn't a GUID", async () => ({ clientId: "x", authority: "y" })],
  ])("%s: the page doesn't start, whatever the query says", async (_, orgAuth) => {
    const { e, sent } = env({ orgAuth });
    await runDialogPage(e);
    expect(sent).toEqual([
      { status: "failed", errorCode: "dialog_bad_settings", accessToken: null },
    ]);
    expect(createStandardPublicClientApplication).not.toHaveBeenCalled();
  });

  test("no settings in the address at all: the organisation's apply", async () => {
    mockPca.handleRedirectPromise.mockResolvedValueOnce(null);
    const { e } = env({ search: "", storage: memoryStorage() });
    await runDialogPage(e);
    expect(createStandardPublicClientApplication).toHaveBeenCalledWith(
      expect.objectContaining({
        auth: expect.objectContaining({
          clientId: CLIENT,
          authority: "https://login.microsoftonline.com/organizations",
        }),
      })
    );
  });
});
