import fc from "fast-check";
import {
  CONFIG_TOO_LARGE_WARNING,
  helpDeskDomains,
  resolveLogoUrl,
  validateConfig,
  validateConfigText,
  MAX_CONFIG_BYTES,
} from "../../../src/config/schema";

const example = require("../../../config.example.json");

test("config.example.json is valid and fully applied", () => {
  const r = validateConfig(example);
  expect(r.warnings).toEqual([]);
  expect(r.config.auth?.clientId).toMatch(/^0{8}-/);
  expect(r.config.helpDesk?.email).toBe("servicedesk@contoso.com");
});

test("each bad field is named, and the good fields still apply", () => {
  const r = validateConfig({
    organizationName: "Contoso",
    mfaMode: "maybe",
    appPasswordsAllowed: "yes",
    auth: { clientId: "not-a-guid" },
    logoPath: "https://evil.example/logo.png",
    helpDesk: { name: "IT", email: "not an address", url: "http://servicedesk.contoso.com" },
    links: [
      { label: "Good", url: "https://servicedesk.contoso.com/mfa" },
      { label: "Bad", url: "javascript:alert(1)" },
    ],
    surprise: true,
  });
  // The good link's host was allowed only through helpDesk.url, which is refused here: so it goes too, named.
  expect(r.config).toEqual({
    organizationName: "Contoso",
    helpDesk: { name: "IT" },
  });
  const fields = r.warnings.map((w) => w.split(":")[0]);
  expect(fields).toEqual(
    expect.arrayContaining([
      "mfaMode",
      "appPasswordsAllowed",
      "auth.clientId",
      "logoPath",
      "helpDesk.email",
      "helpDesk.url",
      "links.1.url",
      "links.0.url",
      "surprise",
    ])
  );
});

test.each([
  ["javascript:alert(1)"],
  ["data:text/html,hi"],
  ["http://servicedesk.contoso.com"],
  ["//evil.example/x"],
])("link %s is refused", (url) => {
  expect(validateConfig({ links: [{ label: "x", url }] }).warnings[0]).toMatch(/^links\.0\.url: /);
});

test("an authority outside the Microsoft identity platform is refused", () => {
  expect(
    validateConfig({
      auth: {
        clientId: "11111111-1111-1111-1111-111111111111",
        authority: "https://login.evil.example/common",
      },
    }).warnings[0]
  ).toMatch(/^auth\.authority/);
});

test("logoPath may not leave the add-in's site", () => {
  for (const bad of ["../secret.png", "//evil.example/a.png", "javascript:x", "https://a.b/c.png"])
    expect(validateConfig({ logoPath: bad }).config.logoPath).toBeUndefined();
  expect(validateConfig({ logoPath: "assets/logo.png" }).config.logoPath).toBe("assets/logo.png");
});

test("not JSON, not an object, or too large gives one clear warning", () => {
  expect(validateConfigText("{").warnings).toEqual(["config.json: not valid JSON (ignored)"]);
  expect(validateConfig([1, 2]).warnings).toEqual(["config.json: must be a JSON object"]);
  expect(validateConfigText(" ".repeat(MAX_CONFIG_BYTES + 1)).warnings[0]).toMatch(/larger than/);
});

test("fuzz: any JSON value never throws and every warning names a field", () => {
  const keys = fc.constantFrom(
    "organizationName",
    "logoPath",
    "auth",
    "mfaMode",
    "appPasswordsAllowed",
    "helpDesk",
    "links",
    "x"
  );
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(keys, fc.jsonValue())), (value) => {
      const r = validateConfig(value);
      for (const w of r.warnings) expect(w).toMatch(/^("[^\n]*"|[\w$.]+): [^\n]+$/);
      return true;
    }),
    { numRuns: 1500 }
  );
});

test("fuzz: huge strings are refused, never applied", () => {
  const huge = "x".repeat(10_000);
  const r = validateConfig({
    organizationName: huge,
    helpDesk: { name: huge, phone: huge },
    links: [{ label: huge, url: `https://a.b/${huge}` }],
  });
  expect(r.config.organizationName).toBeUndefined();
  expect(r.config.helpDesk).toBeUndefined();
  expect(r.warnings.length).toBeGreaterThanOrEqual(3);
});

test("only helpDesk.url's host becomes an extra link domain", () => {
  expect(helpDeskDomains(validateConfig(example).config)).toEqual(["servicedesk.contoso.com"]);
  expect(
    helpDeskDomains(
      validateConfig({
        helpDesk: { url: "https://it.contoso.com/" },
        links: [{ label: "MFA", url: "https://learn.microsoft.com/x" }],
      }).config
    )
  ).toEqual(["it.contoso.com"]);
});

describe("links[] may open only the contract's domains or the help desk's host (review F5)", () => {
  const HELP = { url: "https://servicedesk.contoso.com/" };
  test.each([
    ["an unrelated host", "https://attacker.example/reset"],
    ["a punycode look-alike", "https://xn--mcrosoft-5bb.com/login"],
    ["a Cyrillic look-alike", "https://microsоft.com/login"],
    ["credentials hiding the host", "https://login.microsoftonline.com@evil.example/"],
    ["user and password", "https://user:pass@servicedesk.contoso.com/"],
    ["a non-default port", "https://servicedesk.contoso.com:8443/"],
  ])("%s is refused with a warning naming links.0.url", (_, url) => {
    const r = validateConfig({ helpDesk: HELP, links: [{ label: "Microsoft sign-in", url }] });
    expect(r.config.links).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringMatching(/^links\.0\.url: /)]);
  });

  test("a Microsoft link and one on the help desk's host are kept; a bad one in between is named by index", () => {
    const r = validateConfig({
      helpDesk: HELP,
      links: [
        { label: "MFA", url: "https://aka.ms/mfasetup" },
        { label: "Bad", url: "https://attacker.example/" },
        { label: "Guide", url: "https://servicedesk.contoso.com/mfa" },
      ],
    });
    expect(r.config.links?.map((l) => l.label)).toEqual(["MFA", "Guide"]);
    expect(r.warnings).toEqual([expect.stringMatching(/^links\.1\.url: .*attacker\.example/)]);
  });
});

describe("every URL: no credentials, default port, ASCII host", () => {
  test.each([
    ["https://user:pass@servicedesk.contoso.com/", /user name or password/],
    ["https://servicedesk.contoso.com:444/", /default https port/],
    ["https://xn--80ak6aa92e.com/", /plain ASCII host/],
    ["https://bücher.example/", /plain ASCII host/],
    ["https://servicedesk.contoso.com/a b", /spaces or control/],
  ])("helpDesk.url %s is refused", (url, reason) => {
    const r = validateConfig({ helpDesk: { url } });
    expect(r.config.helpDesk).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringMatching(reason)]);
    expect(r.warnings[0]).toMatch(/^helpDesk\.url: /);
  });
});

describe("auth.authority: one tenant segment on the worldwide identity platform (review F7, F15)", () => {
  const withAuthority = (authority: string) =>
    validateConfig({ auth: { clientId: "11111111-1111-1111-1111-111111111111", authority } });
  test.each([
    "https://login.microsoftonline.com/organizations",
    "https://login.microsoftonline.com/common",
    "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47",
    "https://login.microsoftonline.com/contoso.onmicrosoft.com/",
  ])("%s is accepted", (authority) => {
    expect(withAuthority(authority).warnings).toEqual([]);
  });
  test.each([
    ["https://a:b@login.microsoftonline.com/common", /user name or password/],
    ["https://login.microsoftonline.com:444/common", /default https port/],
    ["https://login.microsoftonline.com/common/oauth2/v2.0/logout", /one tenant/],
    ["https://login.microsoftonline.com/", /one tenant/],
    ["https://login.microsoftonline.com/common?x=1", /identity platform authority/],
    ["https://login.evil.example/common", /identity platform authority/],
    ["https://login.microsoftonline.us/common", /sovereign cloud, which this add-in doesn't support/],
    ["https://login.partner.microsoftonline.cn/common", /sovereign cloud/],
  ])("%s is refused: %s", (authority, reason) => {
    const r = withAuthority(authority);
    expect(r.config.auth).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringMatching(reason)]);
    expect(r.warnings[0]).toMatch(/^auth\.authority: /);
  });
});

describe("logoPath is checked on the URL the pane resolves (review F4)", () => {
  const PAGE = "https://addins.contoso.com/signin-assistant/taskpane.html";
  test.each([
    "\\\\evil.example\\logo.png",
    "/\\evil.example/logo.png",
    " //evil.example/x.png",
    "/\t/evil.example/x.png",
    "\n//evil.example/x.png",
    "%2e%2e/%2e%2e/secret/logo.png",
    "assets%2flogo.png",
    "/assets/logo.png",
    "../logo.png",
    "assets/../../logo.png",
    "logo.png?x=1",
    "https://addins.contoso.com/signin-assistant/logo.png",
  ])("%j is refused by config:check and by the pane", (bad) => {
    expect(validateConfig({ logoPath: bad }).warnings[0]).toMatch(/^logoPath: /);
    expect(resolveLogoUrl(bad, PAGE)).toBeNull();
  });
  test("a path under the add-in's folder resolves there", () => {
    expect(validateConfig({ logoPath: "assets/logo.png" }).config.logoPath).toBe("assets/logo.png");
    expect(resolveLogoUrl("assets/logo.png", PAGE)).toBe(
      "https://addins.contoso.com/signin-assistant/assets/logo.png"
    );
  });
});

describe("the file's size and byte-order mark (review F9, F14)", () => {
  test("the limit counts UTF-8 bytes: 40,000 × € (120 KB) is refused although it is 40,000 characters", () => {
    const text = JSON.stringify({ organizationName: "€".repeat(40_000) });
    expect(text.length).toBeLessThan(MAX_CONFIG_BYTES);
    expect(validateConfigText(text).warnings).toEqual([CONFIG_TOO_LARGE_WARNING]);
  });
  test("just under the limit in bytes is read", () => {
    const text = JSON.stringify({ $comment: "x".repeat(MAX_CONFIG_BYTES - 20) });
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_CONFIG_BYTES);
    expect(validateConfigText(text).warnings).toEqual([]);
  });
  test("a leading BOM is ignored, as the pane's fetch().text() does", () => {
    expect(validateConfigText(`\ufeff${JSON.stringify({ organizationName: "BOM Org" })}`)).toEqual({
      config: { organizationName: "BOM Org" },
      warnings: [],
    });
  });
});
