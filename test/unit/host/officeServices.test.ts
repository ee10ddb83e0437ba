/**
 * @jest-environment jsdom
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  officeNewMessage,
  officeOpenLink,
  roamingProgressStore,
} from "../../../src/host/officeServices";
import { mailtoUrl } from "../../../src/host/services";

const mock = (seed: Record<string, unknown>) =>
  new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    ...seed,
  }) as unknown as typeof Office;
const MESSAGE = {
  to: ["servicedesk@contoso.com"],
  subject: "Sign-in problem",
  htmlBody: "<p>x</p>",
  textBody: "x",
};

describe("links", () => {
  test("open with openBrowserWindow where OpenBrowserWindowApi 1.1 is supported", () => {
    const openBrowserWindow = jest.fn();
    officeOpenLink(
      mock({
        context: { requirements: { isSetSupported: () => true }, ui: { openBrowserWindow } },
      }),
      "https://aka.ms/sspr"
    );
    expect(openBrowserWindow).toHaveBeenCalledWith("https://aka.ms/sspr");
  });

  test("otherwise with window.open(url, _blank, noopener)", () => {
    const open = jest.spyOn(window, "open").mockImplementation(() => null);
    officeOpenLink(
      mock({ context: { requirements: { isSetSupported: () => false }, ui: {} } }),
      "https://aka.ms/sspr"
    );
    expect(open).toHaveBeenCalledWith("https://aka.ms/sspr", "_blank", "noopener");
    open.mockRestore();
  });
});

describe("Send to IT", () => {
  test("uses displayNewMessageFormAsync with the recipients, subject and HTML body", async () => {
    const displayNewMessageFormAsync = jest.fn((_p: unknown, cb: (r: { status: string }) => void) =>
      cb({ status: "succeeded" })
    );
    const result = await officeNewMessage(
      mock({ context: { mailbox: { displayNewMessageFormAsync } } }),
      MESSAGE
    );
    expect(result).toBe("opened");
    expect(displayNewMessageFormAsync).toHaveBeenCalledWith(
      { toRecipients: MESSAGE.to, subject: MESSAGE.subject, htmlBody: MESSAGE.htmlBody },
      expect.any(Function)
    );
  });

  test("falls back to displayNewMessageForm when the async form fails", async () => {
    const displayNewMessageForm = jest.fn();
    const displayNewMessageFormAsync = jest.fn((_p: unknown, cb: (r: { status: string }) => void) =>
      cb({ status: "failed" })
    );
    expect(
      await officeNewMessage(
        mock({ context: { mailbox: { displayNewMessageFormAsync, displayNewMessageForm } } }),
        MESSAGE
      )
    ).toBe("opened");
    expect(displayNewMessageForm).toHaveBeenCalled();
  });

  test("falls back to mailto: when neither exists (Mailbox below 1.6)", async () => {
    const open = jest.spyOn(window, "open").mockImplementation(() => null);
    expect(await officeNewMessage(mock({ context: { mailbox: {} } }), MESSAGE)).toBe("mailto");
    expect(open).toHaveBeenCalledWith(mailtoUrl(MESSAGE), "_blank", "noopener");
    expect(mailtoUrl(MESSAGE)).toMatch(
      /^mailto:servicedesk%40contoso\.com\?subject=Sign-in%20problem&body=x$/
    );
    open.mockRestore();
  });
});

describe("guide progress in roamingSettings", () => {
  function settings() {
    const store = new Map<string, unknown>();
    return {
      store,
      roamingSettings: {
        get: (k: string) => store.get(k),
        set: (k: string, v: unknown) => store.set(k, v),
        remove: (k: string) => store.delete(k),
        saveAsync: jest.fn((cb: () => void) => cb()),
      },
    };
  }

  test("saves per key, persists with saveAsync, resumes after a restart and clears on Start over", async () => {
    const s = settings();
    const office = mock({ context: { roamingSettings: s.roamingSettings } });
    const progress = roamingProgressStore(office);
    await progress.save("clear-cached-credentials|outlook-windows-classic", [true, false, true]);
    expect(s.roamingSettings.saveAsync).toHaveBeenCalled();
    // A new pane (after a restart) reads the same settings.
    expect(
      roamingProgressStore(office).load("clear-cached-credentials|outlook-windows-classic")
    ).toEqual([true, false, true]);
    expect(roamingProgressStore(office).load("register-mfa|outlook-windows-classic")).toEqual([]);
    await progress.clearAll();
    expect(
      roamingProgressStore(office).load("clear-cached-credentials|outlook-windows-classic")
    ).toEqual([]);
  });

  test("stores nothing but checkbox state", async () => {
    const s = settings();
    await roamingProgressStore(mock({ context: { roamingSettings: s.roamingSettings } })).save(
      "none|outlook-web",
      [true]
    );
    expect(JSON.stringify([...s.store.entries()])).toBe(
      '[["guideProgress",{"none|outlook-web":[true]}]]'
    );
  });

  test("a client without roamingSettings still works", async () => {
    const progress = roamingProgressStore(mock({ context: {} }));
    await progress.save("x", [true]);
    expect(progress.load("x")).toEqual([]);
  });
});
