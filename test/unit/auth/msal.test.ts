import { aadstsCode, mapAuthError } from "../../../src/auth/errors";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";
import { SIGN_IN_ERRORS } from "../../../src/diagnosis/tables/signInErrors";

const mockPca = {
  getAllAccounts: jest.fn(() => [{ homeAccountId: "x" }]),
  acquireTokenSilent: jest.fn(),
  acquireTokenPopup: jest.fn(),
};

class InteractionRequiredAuthError extends Error {
  override name = "InteractionRequiredAuthError";
  constructor(
    public errorCode: string,
    public errorMessage = ""
  ) {
    super(errorMessage);
  }
}

/** Whether the fake MSAL finds a nested-app-auth bridge (it then calls the factory, as the real one does). */
const mockBridge = { available: true };
class PublicClientApplication {}

jest.mock("@azure/msal-browser", () => ({
  createNestablePublicClientApplication: jest.fn(
    async (_config: unknown, _cid: unknown, factory?: (c: unknown, ctl: unknown) => unknown) => {
      if (mockBridge.available) factory?.({}, {});
      return mockPca;
    }
  ),
  PublicClientApplication,
  InteractionRequiredAuthError,
}));

// Imported after the mock so the provider sees the fake MSAL.
import { createNestablePublicClientApplication } from "@azure/msal-browser";
import { createMsalProvider } from "../../../src/auth/msalProvider";

const SETTINGS = {
  clientId: "11111111-1111-1111-1111-111111111111",
  authority: "https://login.microsoftonline.com/organizations",
  dialogUrl: "https://a.b/dialog.html",
  scopes: ["https://graph.microsoft.com/Mail.ReadBasic"],
};
const dialog = jest.fn(async (_url: string) => ({
  kind: "message" as const,
  message: JSON.stringify({ status: "ok", errorCode: null, accessToken: "dialog-token" }),
}));
const browserError = (errorCode: string, errorMessage = "") =>
  Object.assign(new Error(errorMessage), { name: "BrowserAuthError", errorCode, errorMessage });

beforeEach(() => {
  jest.clearAllMocks();
  mockBridge.available = true;
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("MSAL error → token probe", () => {
  test.each([
    [
      new InteractionRequiredAuthError(
        "interaction_required",
        "AADSTS50076: Due to a configuration change made by your administrator..."
      ),
      { status: "interaction_required", errorCode: "AADSTS50076" },
    ],
    [
      new InteractionRequiredAuthError("no_tokens_found"),
      { status: "interaction_required", errorCode: "no_tokens_found" },
    ],
    [
      browserError("user_cancelled"),
      { status: "interaction_required", errorCode: "user_cancelled" },
    ],
    [
      Object.assign(new Error(), { name: "ClientAuthError", errorCode: "user_canceled" }),
      { status: "interaction_required", errorCode: "user_canceled" },
    ],
    [
      browserError("popup_window_error"),
      { status: "interaction_required", errorCode: "popup_window_error" },
    ],
    [
      browserError("empty_window_error"),
      { status: "interaction_required", errorCode: "empty_window_error" },
    ],
    [
      browserError("interaction_in_progress"),
      { status: "interaction_required", errorCode: "interaction_in_progress" },
    ],
    [
      Object.assign(new Error(), {
        name: "ClientAuthError",
        errorCode: "nested_app_auth_bridge_disabled",
      }),
      { status: "unsupported", errorCode: "nested_app_auth_bridge_disabled" },
    ],
    [
      Object.assign(new Error(), { name: "ClientAuthError", errorCode: "no_network_connectivity" }),
      { status: "failed", errorCode: "no_network_connectivity" },
    ],
    ["a string thrown", { status: "failed", errorCode: "unknown_error" }],
    [
      Object.assign(new Error("Loading chunk msal failed.\n(error: https://a/msal.js)"), {
        name: "ChunkLoadError",
      }),
      { status: "failed", errorCode: "chunk_load_error" },
    ],
    [
      new TypeError("Failed to fetch dynamically imported module: https://a/msal.js"),
      { status: "failed", errorCode: "chunk_load_error" },
    ],
    [
      Object.assign(new Error(), { errorCode: "bad\ncode [OK] all good" }),
      { status: "failed", errorCode: "unknown_error" },
    ],
  ])("%s", (error, outcome) => {
    expect(mapAuthError(error)).toEqual(outcome);
  });

  test.each(SIGN_IN_ERRORS.filter((e) => e.code.startsWith("AADSTS")).map((e) => [e.code]))(
    "a server error carrying %s maps to that code",
    (code) => {
      const e = Object.assign(new Error(), {
        name: "ServerError",
        errorCode: "invalid_grant",
        errorMessage: `${code}: something. Trace ID: 0000`,
      });
      expect(mapAuthError(e)).toEqual({ status: "failed", errorCode: code });
      expect(aadstsCode(e)).toBe(code);
    }
  );
});

describe("the MSAL provider", () => {
  test("uses createNestablePublicClientApplication and a silent token first", async () => {
    mockPca.acquireTokenSilent.mockResolvedValue({ accessToken: "t1" });
    const p = await createMsalProvider(SETTINGS, true, dialog);
    expect(createNestablePublicClientApplication).toHaveBeenCalledWith(
      expect.objectContaining({
        auth: { clientId: SETTINGS.clientId, authority: SETTINGS.authority },
      }),
      undefined,
      expect.any(Function)
    );
    expect(await p.silent()).toEqual({ status: "ok", errorCode: null, accessToken: "t1" });
    expect(mockPca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  test("interaction required is reported, and silent never opens a popup", async () => {
    mockPca.acquireTokenSilent.mockRejectedValue(
      new InteractionRequiredAuthError("interaction_required", "AADSTS50079: enrol")
    );
    const p = await createMsalProvider(SETTINGS, true, dialog);
    expect(await p.silent()).toEqual({
      status: "interaction_required",
      errorCode: "AADSTS50079",
      accessToken: null,
    });
    expect(mockPca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  test("a claims challenge is passed to acquireTokenSilent", async () => {
    mockPca.acquireTokenSilent.mockResolvedValue({ accessToken: "t2" });
    const p = await createMsalProvider(SETTINGS, true, dialog);
    await p.silent('{"access_token":{"nbf":{"essential":true}}}');
    expect(mockPca.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({ claims: '{"access_token":{"nbf":{"essential":true}}}' })
    );
  });

  test("interactive() calls acquireTokenPopup, maps both cancel spellings and popup blocking", async () => {
    const p = await createMsalProvider(SETTINGS, true, dialog);
    mockPca.acquireTokenPopup.mockResolvedValueOnce({ accessToken: "t3" });
    expect(await p.interactive()).toMatchObject({ status: "ok", accessToken: "t3" });
    for (const code of ["user_cancelled", "user_canceled", "popup_window_error"]) {
      mockPca.acquireTokenPopup.mockRejectedValueOnce(browserError(code));
      expect(await p.interactive()).toEqual({
        status: "interaction_required",
        errorCode: code,
        accessToken: null,
      });
    }
  });

  test("a second interactive call while one is open is refused as interaction_in_progress", async () => {
    let release: (v: unknown) => void = () => undefined;
    mockPca.acquireTokenPopup.mockReturnValueOnce(new Promise((r) => (release = r)));
    const p = await createMsalProvider(SETTINGS, true, dialog);
    const first = p.interactive();
    expect(await p.interactive()).toEqual({
      status: "interaction_required",
      errorCode: "interaction_in_progress",
      accessToken: null,
    });
    release({ accessToken: "t4" });
    expect((await first).accessToken).toBe("t4");
  });

  test("without the NAA requirement set: silent says unsupported with a code, interactive uses the Office dialog", async () => {
    const p = await createMsalProvider(SETTINGS, false, dialog);
    expect(createNestablePublicClientApplication).not.toHaveBeenCalled();
    expect(await p.silent()).toEqual({
      status: "unsupported",
      errorCode: "nested_app_auth_unavailable",
      accessToken: null,
    });
    expect(await p.interactive()).toEqual({
      status: "ok",
      errorCode: null,
      accessToken: "dialog-token",
    });
    expect(dialog).toHaveBeenCalledWith(SETTINGS.dialogUrl);
    expect(mockPca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  test("MSAL falling back to its standard client (no bridge at run time) counts as NAA unavailable: dialog, no popup", async () => {
    mockBridge.available = false;
    const p = await createMsalProvider(SETTINGS, true, dialog);
    expect(await p.silent()).toEqual({
      status: "unsupported",
      errorCode: "nested_app_auth_unavailable",
      accessToken: null,
    });
    expect(mockPca.acquireTokenSilent).not.toHaveBeenCalled();
    expect((await p.interactive()).accessToken).toBe("dialog-token");
    expect(mockPca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(errorTrail().map((e) => e.code)).toEqual(["nested_app_auth_unavailable"]);
  });

  test("the bridge disabled at run time: unsupported with its code, and from then on Sign in uses the dialog", async () => {
    mockPca.acquireTokenSilent.mockRejectedValue(
      Object.assign(new Error(), { name: "ClientAuthError", errorCode: "nested_app_auth_bridge_disabled" })
    );
    const p = await createMsalProvider(SETTINGS, true, dialog);
    const unsupported = {
      status: "unsupported",
      errorCode: "nested_app_auth_bridge_disabled",
      accessToken: null,
    };
    expect(await p.silent()).toEqual(unsupported);
    expect((await p.interactive()).accessToken).toBe("dialog-token");
    expect(mockPca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(await p.silent()).toEqual(unsupported);
    expect(mockPca.acquireTokenSilent).toHaveBeenCalledTimes(1);
  });

  test("what the dialog reports comes back mapped: a closed dialog is a cancel, a broken page a failure", async () => {
    const p = await createMsalProvider(SETTINGS, false, async () => ({ kind: "error", code: 12006 }));
    expect(await p.interactive()).toEqual({
      status: "interaction_required",
      errorCode: "user_cancelled",
      accessToken: null,
    });
    const q = await createMsalProvider(SETTINGS, false, async () => ({ kind: "error", code: 12002 }));
    expect(await q.interactive()).toEqual({ status: "failed", errorCode: "dialog_12002", accessToken: null });
  });

  test("MSAL throwing on creation surfaces as a rejected provider (the runner turns it into a result)", async () => {
    (createNestablePublicClientApplication as jest.Mock).mockRejectedValueOnce(new Error("boom"));
    await expect(createMsalProvider(SETTINGS, true, dialog)).rejects.toThrow("boom");
  });
});
