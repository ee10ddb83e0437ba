import { aadstsCode, describeShape, mapAuthError } from "../../../src/auth/errors";
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

  // The same failure, as each client reports it (msal-js #7788, #7498, #7280; office-js #6691; samples #1079).
  test.each<[string, unknown, { status: string; errorCode: string }]>([
    [
      "Outlook on the web: InteractionRequiredAuthError invalid_grant carrying AADSTS65001",
      new InteractionRequiredAuthError(
        "invalid_grant",
        "AADSTS65001: The user or administrator has not consented to use the application with ID '<id>'."
      ),
      { status: "interaction_required", errorCode: "AADSTS65001" },
    ],
    [
      'new Outlook: errorCode "2" with a OneAuth payload asking for interaction',
      new InteractionRequiredAuthError(
        "2",
        'InteractionRequired {"Description":"(pii)","Domain":"com.microsoft.oneauth","Error":"InteractionRequired","Status":2}'
      ),
      { status: "interaction_required", errorCode: "oneauth_interaction_required" },
    ],
    [
      "new Outlook: a OneAuth failure that isn't about interaction",
      Object.assign(new Error(), {
        name: "ServerError",
        errorCode: "6",
        errorMessage: '{"Domain":"com.microsoft.oneauth","Status":6}',
      }),
      { status: "failed", errorCode: "oneauth_error" },
    ],
    [
      "Outlook for Mac: an empty ServerError from the bridge",
      Object.assign(new Error(""), { name: "ServerError", errorCode: "", errorMessage: "" }),
      { status: "failed", errorCode: "naa_empty_server_error" },
    ],
    [
      "new Outlook: native_executor_error from the NAA window",
      Object.assign(new Error("native_executor_error"), {
        name: "ServerError",
        errorCode: "native_executor_error",
      }),
      { status: "failed", errorCode: "native_executor_error" },
    ],
    [
      "Outlook on the web, cookies blocked: login_required with AADSTS50058",
      new InteractionRequiredAuthError(
        "login_required",
        "AADSTS50058: A silent sign-in request was sent but no user is signed in. The cookies used to represent the user's session were not sent."
      ),
      { status: "interaction_required", errorCode: "AADSTS50058" },
    ],
    [
      "then the NAA window: ServerError user_cancelled",
      Object.assign(new Error(), {
        name: "ServerError",
        errorCode: "user_cancelled",
        errorMessage: "User cancelled the flow.",
      }),
      { status: "interaction_required", errorCode: "user_cancelled" },
    ],
    [
      "Web Crypto missing on MSAL's NAA path (a TypeError, no code)",
      new TypeError("Cannot read properties of undefined (reading 'generateKey')"),
      { status: "failed", errorCode: "crypto_nonexistent" },
    ],
    [
      "another TypeError stays unknown",
      new TypeError("Cannot read properties of undefined (reading 'account')"),
      { status: "failed", errorCode: "unknown_error" },
    ],
    [
      "Web Crypto missing when MSAL is created",
      browserError("crypto_nonexistent", "The crypto object or function is not available."),
      { status: "failed", errorCode: "crypto_nonexistent" },
    ],
  ])("%s", (_, error, outcome) => {
    expect(mapAuthError(error)).toEqual(outcome);
  });

  test("every code a shape is normalised to is a row of the engine's sign-in table", () => {
    const known = new Set(SIGN_IN_ERRORS.map((e) => e.code));
    for (const code of [
      "oneauth_interaction_required",
      "oneauth_error",
      "naa_empty_server_error",
      "native_executor_error",
      "chunk_load_error",
      "unknown_error",
      "crypto_nonexistent",
    ])
      expect([code, known.has(code)]).toEqual([code, true]);
  });

  test("the raw shape for IT names class, code and the start of the message", () => {
    expect(
      describeShape(
        Object.assign(new Error("User cancelled the flow."), {
          name: "ServerError",
          errorCode: "user_cancelled",
        })
      )
    ).toBe('ServerError errorCode="user_cancelled" message="User cancelled the flow."');
    expect(
      describeShape(Object.assign(new Error(""), { name: "ServerError", errorCode: "" }))
    ).toBe('ServerError errorCode="" message=""');
    expect(describeShape("plain")).toBe('Error errorCode=null message="plain"');
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
      Object.assign(new Error(), {
        name: "ClientAuthError",
        errorCode: "nested_app_auth_bridge_disabled",
      })
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
    const p = await createMsalProvider(SETTINGS, false, async () => ({
      kind: "error",
      code: 12006,
    }));
    expect(await p.interactive()).toEqual({
      status: "interaction_required",
      errorCode: "user_cancelled",
      accessToken: null,
    });
    const q = await createMsalProvider(SETTINGS, false, async () => ({
      kind: "error",
      code: 12002,
    }));
    expect(await q.interactive()).toEqual({
      status: "failed",
      errorCode: "dialog_12002",
      accessToken: null,
    });
  });

  test("a failed silent attempt leaves its raw shape in the trail", async () => {
    mockPca.acquireTokenSilent.mockRejectedValueOnce(
      Object.assign(new Error(""), { name: "ServerError", errorCode: "", errorMessage: "" })
    );
    const p = await createMsalProvider(SETTINGS, true, dialog);
    expect(await p.silent()).toMatchObject({
      status: "failed",
      errorCode: "naa_empty_server_error",
    });
    expect(errorTrail()).toEqual([
      expect.objectContaining({
        area: "auth",
        code: "naa_empty_server_error",
        detail: 'ServerError errorCode="" message=""',
      }),
    ]);
  });

  test.each(["native_executor_error", "naa_empty_server_error"])(
    "NAA's own window failing with a host defect (%s): the next Sign in uses the Office dialog",
    async (code) => {
      mockPca.acquireTokenPopup.mockRejectedValueOnce(
        Object.assign(new Error(""), {
          name: "ServerError",
          errorCode: code === "naa_empty_server_error" ? "" : code,
        })
      );
      const p = await createMsalProvider(SETTINGS, true, dialog);
      expect(await p.interactive()).toEqual({
        status: "failed",
        errorCode: code,
        accessToken: null,
      });
      expect(dialog).not.toHaveBeenCalled();
      expect((await p.interactive()).accessToken).toBe("dialog-token");
      expect(mockPca.acquireTokenPopup).toHaveBeenCalledTimes(1);
      expect(await p.silent()).toEqual({
        status: "unsupported",
        errorCode: code,
        accessToken: null,
      });
    }
  );

  test("without an Office dialog, a host defect is reported and Sign in stays with NAA", async () => {
    mockPca.acquireTokenPopup.mockRejectedValueOnce(
      Object.assign(new Error(""), { name: "ServerError", errorCode: "native_executor_error" })
    );
    mockPca.acquireTokenPopup.mockResolvedValueOnce({ accessToken: "second-try" });
    const p = await createMsalProvider(SETTINGS, true, null);
    expect((await p.interactive()).errorCode).toBe("native_executor_error");
    expect((await p.interactive()).accessToken).toBe("second-try");
  });

  const noSession = () =>
    new InteractionRequiredAuthError(
      "login_required",
      "AADSTS50058: A silent sign-in request was sent but no user is signed in."
    );
  const cancelled = () =>
    Object.assign(new Error(), { name: "ServerError", errorCode: "user_cancelled" });

  test("Outlook on the web: no session silently, then the NAA window gives up → cookies blocked, next Sign in via the dialog", async () => {
    mockPca.acquireTokenSilent.mockRejectedValue(noSession());
    mockPca.acquireTokenPopup.mockRejectedValueOnce(cancelled());
    const p = await createMsalProvider({ ...SETTINGS, inBrowser: true }, true, dialog);
    expect(await p.silent()).toMatchObject({
      status: "interaction_required",
      errorCode: "AADSTS50058",
    });
    expect(await p.interactive()).toEqual({
      status: "failed",
      errorCode: "third_party_cookies_blocked",
      accessToken: null,
    });
    expect(errorTrail().map((e) => e.code)).toEqual([
      "AADSTS50058",
      "user_cancelled",
      "third_party_cookies_blocked",
    ]);
    expect((await p.interactive()).accessToken).toBe("dialog-token");
    expect(await p.silent()).toEqual({
      status: "unsupported",
      errorCode: "third_party_cookies_blocked",
      accessToken: null,
    });
  });

  test.each([
    ["a desktop client (not in a browser)", { ...SETTINGS, inBrowser: false }, noSession],
    [
      "a browser, but the silent attempt failed for another reason",
      { ...SETTINGS, inBrowser: true },
      () => new InteractionRequiredAuthError("interaction_required", "AADSTS50076: MFA"),
    ],
  ])("a cancelled window in %s stays a cancel", async (_, settings, silentError) => {
    mockPca.acquireTokenSilent.mockRejectedValue(silentError());
    mockPca.acquireTokenPopup.mockRejectedValueOnce(cancelled());
    const p = await createMsalProvider(settings, true, dialog);
    await p.silent();
    expect(await p.interactive()).toEqual({
      status: "interaction_required",
      errorCode: "user_cancelled",
      accessToken: null,
    });
    expect(dialog).not.toHaveBeenCalled();
  });

  test("no NAA and no Office dialog (Outlook on phones before NAA): sign_in_unavailable, and interactive opens nothing", async () => {
    const p = await createMsalProvider(SETTINGS, false, null);
    const none = { status: "unsupported", errorCode: "sign_in_unavailable", accessToken: null };
    expect(await p.silent()).toEqual(none);
    expect(await p.interactive()).toEqual(none);
  });

  test("a resource scope is always requested: OIDC scopes only are refused before MSAL is touched (office-js #6275)", async () => {
    const oidcOnly = { ...SETTINGS, scopes: ["openid", "profile", "offline_access"] };
    await expect(createMsalProvider(oidcOnly, true, dialog)).rejects.toMatchObject({
      errorCode: "oidc_scopes_only",
    });
    expect(createNestablePublicClientApplication).not.toHaveBeenCalled();
    expect(
      mapAuthError(await createMsalProvider(oidcOnly, true, dialog).catch((e: unknown) => e))
    ).toEqual({
      status: "failed",
      errorCode: "oidc_scopes_only",
    });
  });

  test("the scopes given are the scopes asked for, silently and in the window", async () => {
    mockPca.acquireTokenSilent.mockResolvedValue({ accessToken: "t" });
    mockPca.acquireTokenPopup.mockResolvedValue({ accessToken: "t" });
    const p = await createMsalProvider(SETTINGS, true, dialog);
    await p.silent();
    await p.interactive();
    expect(mockPca.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({ scopes: SETTINGS.scopes })
    );
    expect(mockPca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: SETTINGS.scopes });
  });

  test("MSAL throwing on creation surfaces as a rejected provider (the runner turns it into a result)", async () => {
    (createNestablePublicClientApplication as jest.Mock).mockRejectedValueOnce(new Error("boom"));
    await expect(createMsalProvider(SETTINGS, true, dialog)).rejects.toThrow("boom");
  });
});
