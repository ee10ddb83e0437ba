import { OfficeMockObject } from "office-addin-mock";
import {
  highestMailboxSet,
  readEwsTokenStatus,
  readHostEnvironment,
  readHostFacts,
} from "../../../src/host/hostFacts";
import { guard } from "../../../src/host/guard";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";

beforeEach(() => {
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

test("guard: a missing API is null quietly; a throwing one is null and leaves a trace", () => {
  expect(guard(() => undefined)).toBeNull();
  expect(errorTrail()).toEqual([]);
  expect(
    guard(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'diagnostics')");
    })
  ).toBeNull();
  expect(errorTrail()).toEqual([
    expect.objectContaining({
      area: "host",
      code: "office_api_threw",
      detail: "TypeError: Cannot read properties of undefined (reading 'diagnostics')",
    }),
  ]);
});

type Seed = Record<string, unknown>;

/** Every host fact unknown: what a client yields when it can't answer, or answers nonsense. */
const NOTHING_READ = {
  hostName: null,
  hostVersion: null,
  platform: null,
  officeVersion: null,
  mailboxRequirementSet: null,
  nestedAppAuth: null,
  accountType: null,
  ewsTokenStatus: null,
};

/** An Outlook host as office-addin-mock builds it; the seed needs host: "outlook" for reads to resolve. */
function outlook(seed: Seed): typeof Office {
  return new OfficeMockObject({ host: "outlook", ...seed }) as unknown as typeof Office;
}

const supported = (sets: Record<string, string>) => (name: string, version: string) => {
  const max = sets[name];
  if (!max) return false;
  const [a, b] = version.split(".").map(Number) as [number, number];
  const [x, y] = max.split(".").map(Number) as [number, number];
  return a < x || (a === x && b <= y);
};

const classic = () =>
  outlook({
    context: {
      displayLanguage: "de-DE",
      officeTheme: { bodyBackgroundColor: "#1f1f1f" },
      diagnostics: { platform: "PC", version: "16.0.19426.20186" },
      requirements: { isSetSupported: supported({ Mailbox: "1.16", NestedAppAuth: "1.1" }) },
      mailbox: {
        diagnostics: {
          hostName: "Outlook",
          hostVersion: "16.0.19426.20186",
          ews: {
            getTokenStatusAsync: (cb: (r: unknown) => void) =>
              cb({ status: "succeeded", value: "Removed" }),
          },
        },
        userProfile: {
          accountType: "office365",
          emailAddress: "adele@contoso.com",
          displayName: "Adele",
        },
      },
    },
  });

test("a current classic Outlook fills every quick host fact at once; the EWS token status comes separately", async () => {
  expect(readHostFacts(classic())).toEqual({
    hostName: "Outlook",
    hostVersion: "16.0.19426.20186",
    platform: "PC",
    officeVersion: "16.0.19426.20186",
    mailboxRequirementSet: "1.16",
    nestedAppAuth: true,
    accountType: "office365",
    ewsTokenStatus: null,
  });
  expect(await readEwsTokenStatus(classic())).toBe("removed");
  expect(readHostEnvironment(classic())).toEqual({
    displayLanguage: "de-DE",
    bodyBackgroundColor: "#1f1f1f",
    userEmail: "adele@contoso.com",
  });
});

test("the highest Mailbox set is probed downwards with isSetSupported", () => {
  const office = outlook({
    context: { requirements: { isSetSupported: supported({ Mailbox: "1.9" }) } },
  });
  expect(highestMailboxSet(office)).toBe("1.9");
});

test("an old client without diagnostics, userProfile or requirement sets yields nulls, never a throw", async () => {
  const office = outlook({
    context: {
      requirements: {
        isSetSupported: () => {
          throw new Error("not supported");
        },
      },
      mailbox: {},
    },
  });
  const facts = readHostFacts(office);
  expect(facts).toEqual(NOTHING_READ);
  expect(readHostEnvironment(office).userEmail).toBeNull();
});

test("a getTokenStatusAsync that never calls back gives up after 3 s", async () => {
  jest.useFakeTimers();
  const office = outlook({
    context: {
      requirements: { isSetSupported: supported({ Mailbox: "1.16" }) },
      mailbox: {
        diagnostics: {
          hostName: "OutlookWebApp",
          hostVersion: "15.20.9412.9",
          ews: { getTokenStatusAsync: () => undefined },
        },
      },
    },
  });
  const pending = readEwsTokenStatus(office);
  await jest.advanceTimersByTimeAsync(3100);
  expect(await pending).toBeNull();
});

test("a failed getTokenStatusAsync or an unknown value is null", async () => {
  for (const result of [{ status: "failed" }, { status: "succeeded", value: "sideways" }]) {
    const office = outlook({
      context: {
        requirements: { isSetSupported: supported({ Mailbox: "1.16" }) },
        mailbox: {
          diagnostics: {
            hostName: "Outlook",
            ews: { getTokenStatusAsync: (cb: (r: unknown) => void) => cb(result) },
          },
        },
      },
    });
    expect(await readEwsTokenStatus(office)).toBeNull();
  }
});

test("host values of odd types are null, never passed on or thrown over", () => {
  // A plain object: office-addin-mock can't hold arrays or nulls, and an odd host is the point here.
  const office = {
    context: {
      displayLanguage: 42,
      officeTheme: { bodyBackgroundColor: { r: 0 } },
      diagnostics: { platform: ["PC"], version: "" },
      requirements: { isSetSupported: () => "yes" },
      mailbox: {
        diagnostics: { hostName: 7, hostVersion: "x".repeat(5000) },
        userProfile: { accountType: null, emailAddress: { a: 1 } },
      },
    },
  } as unknown as typeof Office;
  expect(readHostFacts(office)).toEqual(NOTHING_READ);
  expect(readHostEnvironment(office)).toEqual({
    displayLanguage: null,
    bodyBackgroundColor: null,
    userEmail: null,
  });
});
