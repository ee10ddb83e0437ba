/**
 * @jest-environment jsdom
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  officeNewMessage,
  officeOpenLink,
  officeServices,
  roamingProgressStore,
} from "../../../src/host/officeServices";
import {
  MAILTO_MAX_URL,
  MAILTO_SHORTENED_NOTE,
  fitEncoded,
  mailtoUrl,
  previewServices,
} from "../../../src/host/services";
import type { HostServices } from "../../../src/ui/services";

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
  factsJson: '{"schema":1}',
};

test("both service sets implement the UI's HostServices port (checked by the compiler here)", () => {
  const office: HostServices = officeServices(mock({ context: {} }));
  const preview: HostServices = previewServices();
  expect(typeof office.newMessage).toBe("function");
  expect(typeof preview.copyText).toBe("function");
});

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

  test("on a phone, nothing scripted: the pane's own link opens in the system browser", () => {
    const open = jest.spyOn(window, "open").mockImplementation(() => null);
    for (const platform of ["iOS", "Android"]) {
      const handled = officeOpenLink(
        mock({
          context: {
            requirements: { isSetSupported: () => false },
            ui: {},
            diagnostics: { platform },
          },
        }),
        "https://aka.ms/sspr"
      );
      expect([platform, handled]).toEqual([platform, false]);
    }
    expect(open).not.toHaveBeenCalled();
    open.mockRestore();
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
    expect(mailtoUrl(MESSAGE)).toBe(
      "mailto:servicedesk%40contoso.com?subject=Sign-in%20problem&body=" +
        encodeURIComponent('Facts report (JSON):\n{"schema":1}\n\nx')
    );
    open.mockRestore();
  });
});

describe("the mailto: fallback (review F10)", () => {
  const body = (url: string) => decodeURIComponent(url.slice(url.indexOf("&body=") + 6));
  const facts = JSON.stringify({
    schema: 1,
    problemClient: { app: "outlook-mac", version: "16.89" },
  });

  test.each([0, 1, 2, 3, 4, 5])(
    "a cut that would fall inside an emoji never throws and never splits it (padding %i)",
    (pad) => {
      const m = { ...MESSAGE, factsJson: facts, noteText: "x".repeat(pad) + "😀".repeat(2000) };
      let url = "";
      expect(() => (url = mailtoUrl(m))).not.toThrow();
      expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_URL);
      // Decoding would throw URIError on half a surrogate pair.
      expect(() => body(url)).not.toThrow();
      expect(body(url)).toMatch(/😀…\n\n\[Shortened/);
    }
  );

  test("the compact facts JSON comes first and whole, so the help desk can replay it; the cut says so", () => {
    const m = { ...MESSAGE, factsJson: facts, textBody: "Summary line\n".repeat(400) };
    const text = body(mailtoUrl(m));
    expect(text.startsWith(`Facts report (JSON):\n${facts}\n\n`)).toBe(true);
    expect(JSON.parse(text.split("\n")[1] as string)).toEqual(JSON.parse(facts));
    expect(text.endsWith(MAILTO_SHORTENED_NOTE)).toBe(true);
  });

  test("a body that fits is sent whole, without the note", () => {
    expect(body(mailtoUrl(MESSAGE))).not.toContain("Shortened");
  });

  test("fitEncoded counts encoded length and cuts between code points", () => {
    expect(fitEncoded("a😀b", 1)).toEqual({ text: "a", cut: true });
    expect(fitEncoded("a😀b", 12)).toEqual({ text: "a", cut: true });
    expect(fitEncoded("a😀b", 13)).toEqual({ text: "a😀", cut: true });
    expect(fitEncoded("a😀b", 14)).toEqual({ text: "a😀b", cut: false });
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
