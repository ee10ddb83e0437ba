import fc from "fast-check";
import {
  helpDeskDomains,
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
  expect(r.config).toEqual({
    organizationName: "Contoso",
    helpDesk: { name: "IT" },
    links: [{ label: "Good", url: "https://servicedesk.contoso.com/mfa" }],
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

test("the help-desk domains become the only extra link domains", () => {
  expect(helpDeskDomains(validateConfig(example).config)).toEqual(["servicedesk.contoso.com"]);
});
