import { OfficeMockObject } from "office-addin-mock";
import { signInWithDialog } from "../../../src/host/dialog";

type Handler = (arg: unknown) => void;

function office(
  result: { status: string; error?: { code: number } },
  after?: (handlers: Record<string, Handler>) => void
) {
  const handlers: Record<string, Handler> = {};
  const dialog = {
    addEventHandler: (type: string, h: Handler) => (handlers[type] = h),
    close: jest.fn(),
  };
  const displayDialogAsync = jest.fn((_url: string, _opts: unknown, cb: (r: unknown) => void) => {
    cb({ ...result, value: dialog });
    after?.(handlers);
  });
  const mock = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    context: { ui: { displayDialogAsync } },
  }) as unknown as typeof Office;
  return { mock, dialog, displayDialogAsync };
}

test("the dialog fallback opens the same-origin page and returns the token it sends back", async () => {
  const { mock, dialog, displayDialogAsync } = office({ status: "succeeded" }, (h) =>
    h.dialogMessageReceived?.({
      message: JSON.stringify({ status: "ok", errorCode: null, accessToken: "dialog-token" }),
    })
  );
  expect(
    await signInWithDialog(mock, "https://addins.contoso.example/dialog.html?clientId=x")
  ).toEqual({ status: "ok", errorCode: null, accessToken: "dialog-token" });
  expect(displayDialogAsync).toHaveBeenCalledWith(
    "https://addins.contoso.example/dialog.html?clientId=x",
    expect.objectContaining({ promptBeforeOpen: false }),
    expect.any(Function)
  );
  expect(dialog.close).toHaveBeenCalled();
});

test("an MSAL error from the dialog page comes back mapped", async () => {
  const { mock } = office({ status: "succeeded" }, (h) =>
    h.dialogMessageReceived?.({
      message: JSON.stringify({ status: "failed", errorCode: "AADSTS53003", accessToken: null }),
    })
  );
  expect(await signInWithDialog(mock, "https://a/dialog.html")).toEqual({
    status: "failed",
    errorCode: "AADSTS53003",
    accessToken: null,
  });
});

test("closing the dialog is a cancel; a blocked dialog is a popup error; garbage is unknown", async () => {
  expect(
    await signInWithDialog(
      office({ status: "succeeded" }, (h) => h.dialogEventReceived?.({ error: 12006 })).mock,
      "https://a/d.html"
    )
  ).toMatchObject({ errorCode: "user_cancelled" });
  expect(
    await signInWithDialog(
      office({ status: "failed", error: { code: 12009 } }).mock,
      "https://a/d.html"
    )
  ).toMatchObject({ errorCode: "user_cancelled" });
  expect(
    await signInWithDialog(
      office({ status: "failed", error: { code: 12011 } }).mock,
      "https://a/d.html"
    )
  ).toMatchObject({ errorCode: "popup_window_error" });
  expect(
    await signInWithDialog(
      office({ status: "succeeded" }, (h) => h.dialogMessageReceived?.({ message: "not json" }))
        .mock,
      "https://a/d.html"
    )
  ).toMatchObject({ errorCode: "unknown_error" });
});
