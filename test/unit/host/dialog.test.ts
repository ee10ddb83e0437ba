import { OfficeMockObject } from "office-addin-mock";
import { dialogAvailable, displayDialog, officeDialogParent } from "../../../src/host/dialog";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";

type Handler = (arg: unknown) => void;

const URL_ = "https://addins.contoso.example/signin-assistant/dialog.html?clientId=x";

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

beforeEach(() => {
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { Office?: unknown }).Office;
});

describe("displayDialog (the pane's side): the message or Office's error, nothing interpreted", () => {
  test("opens the page without a prompt and returns the first message as text, closing the dialog", async () => {
    const { mock, dialog, displayDialogAsync } = office({ status: "succeeded" }, (h) =>
      h.dialogMessageReceived?.({
        message: '{"status":"ok"}',
        origin: "https://addins.contoso.example",
      })
    );
    expect(await displayDialog(mock, URL_)).toEqual({
      kind: "message",
      message: '{"status":"ok"}',
    });
    expect(displayDialogAsync).toHaveBeenCalledWith(
      URL_,
      expect.objectContaining({ promptBeforeOpen: false }),
      expect.any(Function)
    );
    expect(dialog.close).toHaveBeenCalled();
  });

  test("a message from another origin is ignored and recorded; the page's own answer still counts", async () => {
    const { mock } = office({ status: "succeeded" }, (h) => {
      h.dialogMessageReceived?.({ message: "forged", origin: "https://evil.example" });
      h.dialogMessageReceived?.({ message: "real", origin: "https://addins.contoso.example" });
    });
    expect(await displayDialog(mock, URL_)).toEqual({ kind: "message", message: "real" });
    expect(errorTrail()).toEqual([
      expect.objectContaining({
        area: "dialog",
        code: "foreign_origin",
        detail: "https://evil.example",
      }),
    ]);
  });

  test.each([12002, 12006])(
    "a dialog event %i comes back as that error number, with how long the dialog had been open",
    async (code) => {
      let clock = 1_000;
      const { mock } = office({ status: "succeeded" }, (h) => {
        clock += 1_200;
        h.dialogEventReceived?.({ error: code });
      });
      expect(await displayDialog(mock, URL_, () => clock)).toEqual({
        kind: "error",
        code,
        afterMs: 1_200,
      });
    }
  );

  test.each([12004, 12009, 12011])(
    "a dialog that can't open (%i) comes back as that error number",
    async (code) => {
      expect(await displayDialog(office({ status: "failed", error: { code } }).mock, URL_)).toEqual(
        {
          kind: "error",
          code,
        }
      );
    }
  );

  test("displayDialogAsync throwing is an error (number unknown) and leaves a trace", async () => {
    const mock = {
      context: {
        ui: {
          displayDialogAsync: () => {
            throw new TypeError("not available");
          },
        },
      },
    } as unknown as typeof Office;
    expect(await displayDialog(mock, URL_)).toEqual({ kind: "error", code: null });
    expect(errorTrail()[0]).toMatchObject({ area: "dialog", code: "display_failed" });
  });
});

describe("dialogAvailable: can this Outlook open an Office dialog at all?", () => {
  const host = (ui: object, platform: string, dialogApi: boolean | "throws") =>
    ({
      context: {
        ui,
        platform,
        requirements: {
          isSetSupported: (name: string) => {
            if (dialogApi === "throws") throw new Error("requirements unreadable");
            return name === "DialogApi" && dialogApi;
          },
        },
      },
    }) as unknown as typeof Office;
  const withDialog = { displayDialogAsync: () => undefined };

  test.each<[string, object, string, boolean | "throws", boolean]>([
    ["DialogApi 1.1 on Windows", withDialog, "PC", true, true],
    ["no displayDialogAsync at all", {}, "PC", true, false],
    ["Outlook on iOS without DialogApi", withDialog, "iOS", false, false],
    ["Outlook on Android without DialogApi", withDialog, "Android", false, false],
    ["a desktop host that answers nothing for DialogApi", withDialog, "Mac", false, true],
    ["requirements that throw, on the web", withDialog, "OfficeOnline", "throws", true],
  ])("%s → %s", (_, ui, platform, dialogApi, expected) => {
    expect(dialogAvailable(host(ui, platform, dialogApi))).toBe(expected);
  });
});

describe("officeDialogParent (the dialog page's side)", () => {
  test("no office.js: null", async () => {
    expect(await officeDialogParent()).toBeNull();
  });

  test("office.js outside Office (no context.ui): null, without throwing", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: async () => ({ host: null, platform: null }),
      context: {},
    };
    expect(await officeDialogParent()).toBeNull();
  });

  test("onReady never answering: null after the timeout", async () => {
    jest.useFakeTimers();
    try {
      (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
      let result: unknown = "pending";
      void officeDialogParent(1000).then((r) => (result = r));
      await jest.advanceTimersByTimeAsync(1001);
      expect(result).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  test("inside an Office dialog: a function that calls messageParent", async () => {
    const messageParent = jest.fn();
    (globalThis as { Office?: unknown }).Office = {
      onReady: async () => ({ host: "Outlook" }),
      context: { ui: { messageParent } },
    };
    const parent = await officeDialogParent();
    parent?.("hello");
    expect(messageParent).toHaveBeenCalledWith("hello");
  });
});
