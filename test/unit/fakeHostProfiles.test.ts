// The fake Outlook host's profiles must agree with what Microsoft documents for each client (domain-facts.md part D
// and Part 3), or the browser tests would prove the pane against clients that don't exist.
const { PROFILES, resolveHost } = require("../e2e/fixtures/fakeOffice.js") as {
  PROFILES: Record<
    string,
    {
      hostName: string;
      platform: string;
      hostVersion: string;
      sets: Record<string, string | undefined>;
      mobile: boolean;
    }
  >;
  resolveHost(cfg: unknown): { hostVersion: string; sets: Record<string, string | null> };
};

const cmp = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number)) as [number[], number[]];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
};

test("every client the README names has a profile", () => {
  expect(Object.keys(PROFILES).sort()).toEqual(
    ["android", "classic", "ios", "mac", "new-outlook", "web"].sort()
  );
});

test("hostName and platform are the values Office.js documents", () => {
  const seen = Object.fromEntries(
    Object.entries(PROFILES).map(([k, p]) => [k, `${p.hostName}/${p.platform}`])
  );
  expect(seen).toEqual({
    classic: "Outlook/PC",
    "new-outlook": "newOutlookWindows/OfficeOnline",
    web: "OutlookWebApp/OfficeOnline",
    mac: "Outlook/Mac",
    ios: "OutlookIOS/iOS",
    android: "OutlookAndroid/Android",
  });
});

test("web clients report an Exchange server version; the others their own", () => {
  for (const p of [PROFILES.web, PROFILES["new-outlook"]])
    expect(p?.hostVersion).toMatch(/^15\.20\./);
  expect(PROFILES.classic?.hostVersion).toMatch(/^16\.0\.20430\./); // Version 2609
  expect(PROFILES.mac?.hostVersion).toMatch(/^16\.10\d\./);
});

test("Mailbox sets: 1.16 on Exchange Online clients, 1.14 on Mac, 1.5 on phones", () => {
  expect(PROFILES.classic?.sets.Mailbox).toBe("1.16");
  expect(PROFILES.web?.sets.Mailbox).toBe("1.16");
  expect(PROFILES["new-outlook"]?.sets.Mailbox).toBe("1.16");
  expect(PROFILES.mac?.sets.Mailbox).toBe("1.14");
  expect(PROFILES.ios?.sets.Mailbox).toBe("1.5");
  expect(PROFILES.android?.sets.Mailbox).toBe("1.5");
});

test("openBrowserWindow only in classic Windows and Mac", () => {
  const withIt = Object.entries(PROFILES)
    .filter(([, p]) => p.sets.OpenBrowserWindowApi)
    .map(([k]) => k)
    .sort();
  expect(withIt).toEqual(["classic", "mac"]);
});

test("NestedAppAuth only where the version reaches Microsoft's minimum", () => {
  const build = (v: string) => Number(v.split(".")[2]);
  expect(build(PROFILES.classic?.hostVersion ?? "")).toBeGreaterThanOrEqual(18025); // Version 2409
  expect(cmp(PROFILES.mac?.hostVersion ?? "", "16.89")).toBeGreaterThanOrEqual(0);
  for (const p of [PROFILES.ios, PROFILES.android])
    expect(cmp(p?.hostVersion ?? "", "4.2433.0")).toBeGreaterThanOrEqual(0);
  for (const p of Object.values(PROFILES)) expect(p.sets.NestedAppAuth).toBe("1.1");
});

test("a test's overrides replace fields and sets key by key; null removes a set", () => {
  const host = resolveHost({
    profile: "classic",
    overrides: { hostVersion: "16.0.17932.20328", sets: { Mailbox: "1.14", NestedAppAuth: null } },
  });
  expect(host.hostVersion).toBe("16.0.17932.20328");
  expect(host.sets).toMatchObject({
    Mailbox: "1.14",
    NestedAppAuth: null,
    OpenBrowserWindowApi: "1.1",
  });
  expect(() => resolveHost({ profile: "outlook-vision" })).toThrow(/unknown profile/);
});
