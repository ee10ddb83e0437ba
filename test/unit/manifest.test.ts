import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES } from "../../src/i18n";
import { checkManifest } from "../support/manifestCheck";

const ROOT = join(__dirname, "../..");
const { productionBaseUrl, rewriteManifest } = require("../../scripts/public-url.js") as {
  productionBaseUrl(u: string | undefined): string;
  rewriteManifest(xml: string, from: string, to: string): string;
};
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV = "https://localhost:3000/";

test("manifest.xml passes the offline checks", () => {
  const r = checkManifest(xml, { base: DEV, assetRoot: ROOT, packageVersion: pkg.version });
  expect(r.problems).toEqual([]);
});

test("the production rewrite points every URL at the public base and still passes", () => {
  const base = productionBaseUrl("https://addins.contoso.com/signin-assistant");
  const prod = rewriteManifest(xml, DEV, base);
  expect(prod).not.toContain("localhost");
  const r = checkManifest(prod, { base, assetRoot: ROOT, packageVersion: pkg.version });
  expect(r.problems).toEqual([]);
});

test("the checker catches what it claims to catch", () => {
  const broken = xml
    .replace(/<Version>[\d.]+<\/Version>/, "<Version>0.9.0.0</Version>")
    .replace('resid="GroupLabel"', 'resid="NoSuchString"')
    .replace(
      "https://localhost:3000/assets/icon-80.png",
      "http://localhost:3000/assets/icon-64.png"
    );
  const r = checkManifest(broken, { base: DEV, assetRoot: ROOT, packageVersion: pkg.version });
  expect(r.problems.join("\n")).toMatch(/Version 0\.9\.0\.0/);
  expect(r.problems.join("\n")).toMatch(/NoSuchString/);
  expect(r.problems.join("\n")).toMatch(/not https/);
  const reordered = xml
    .replace(/(<ProviderName>.*<\/ProviderName>)\s*(<Version>.*<\/Version>)/, "$2$1")
    .replace(
      /(<Version>[\d.]+<\/Version>)([\s\S]*?)(<ProviderName>[^<]*<\/ProviderName>)/,
      "$3$2$1"
    );
  expect(
    checkManifest(reordered, {
      base: DEV,
      assetRoot: ROOT,
      packageVersion: pkg.version,
    }).problems.join("\n")
  ).toMatch(/out of schema order/);
  expect(
    checkManifest("<OfficeApp><Id>", { base: DEV, assetRoot: ROOT, packageVersion: pkg.version })
      .problems[0]
  ).toMatch(/well-formed/);
});

test("every shipped UI locale has a display name and description override", () => {
  const r = checkManifest(xml, { base: DEV, assetRoot: ROOT, packageVersion: pkg.version });
  for (const locale of LOCALES) {
    expect(r.locales[locale]?.displayName).toBeTruthy();
    expect(r.locales[locale]?.description).toBeTruthy();
  }
});

test("the manifest declares ReadItem, a 1.1 layer Outlook mobile applies and a pinnable pane, and no 1.13-only element in the 1.5 layer", () => {
  expect(xml).toContain("<Permissions>ReadItem</Permissions>");
  expect(xml).toMatch(
    /VersionOverridesV1_1">\s*<Requirements>\s*<bt:Sets DefaultMinVersion="1\.5">[\s\S]*<SupportsPinning>true<\/SupportsPinning>[\s\S]*<MobileFormFactor>/
  );
  // SupportsNoItemContext is a Mailbox 1.13 element; in a layer that requires 1.5 it risks older clients.
  expect(xml).not.toContain("<SupportsNoItemContext>");
  expect(xml).toContain("<SupportsPinning>true</SupportsPinning>");
  expect(xml).toMatch(/MessageComposeCommandSurface/);
});

describe("Outlook mobile", () => {
  const check = (manifest: string) =>
    checkManifest(manifest, {
      base: DEV,
      assetRoot: ROOT,
      packageVersion: pkg.version,
    }).problems.join("\n");
  const mobile = xml.slice(xml.indexOf("<MobileFormFactor>"), xml.indexOf("</MobileFormFactor>"));

  test("the read surface has a MobileButton opening the pane, with the nine icons at their pixel sizes", () => {
    expect(mobile).toContain('xsi:type="MobileMessageReadCommandSurface"');
    expect(mobile).not.toMatch(/Compose/);
    expect(mobile).toMatch(/xsi:type="MobileButton"[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(mobile.match(/<bt:Image size="(25|32|48)" scale="[123]"/g)).toHaveLength(9);
    // checkManifest (first test) already found every referenced PNG at size x scale pixels.
  });

  test.each<[string, (m: string) => string, RegExp]>([
    [
      "a layer Outlook mobile skips",
      (m) => m.replace('<bt:Sets DefaultMinVersion="1.5">', '<bt:Sets DefaultMinVersion="1.13">'),
      /requiring Mailbox 1\.13; Outlook mobile supports 1\.5/,
    ],
    [
      "a missing scale",
      (m) => m.replace('<bt:Image size="48" scale="3" resid="Icon.144x144"/>', ""),
      /no 48px icon at scale 3/,
    ],
    [
      "an icon of the wrong pixel size",
      (m) =>
        m.replace(
          '<bt:Image size="25" scale="3" resid="Icon.75x75"/>',
          '<bt:Image size="25" scale="3" resid="Icon.50x50"/>'
        ),
      /icon-50\.png is 50x50, declared 75px/,
    ],
    [
      "a label too long for the phone",
      (m) => m.replace('Value="Aide connexion"', 'Value="Aide à la connexion"'),
      /"Aide à la connexion" is longer than 16/,
    ],
    [
      "a compose surface on mobile",
      (m) =>
        m.replace(
          'ExtensionPoint xsi:type="MobileMessageReadCommandSurface"',
          'ExtensionPoint xsi:type="MobileMessageComposeCommandSurface"'
        ),
      /MobileMessageComposeCommandSurface is not the mobile message read surface/,
    ],
    [
      "an icon list without its mobile type",
      (m) => m.replace('<Icon xsi:type="bt:MobileIconList">', "<Icon>"),
      /needs xsi:type="bt:MobileIconList"/,
    ],
  ])("the checker catches %s", (_, mutate, message) => {
    const broken = mutate(xml);
    expect(broken).not.toBe(xml);
    expect(check(broken)).toMatch(message);
  });
});

describe("ADDIN_PUBLIC_URL for production builds", () => {
  test.each([
    [undefined, /not set/],
    ["http://addins.contoso.com/", /https/],
    ["https://localhost:3000/", /this machine/],
    ["https://127.0.0.1/", /this machine/],
    ["https://[::1]/", /this machine/],
    ["not a url", /not a valid URL/],
    ["https://addins.contoso.com/?x=1", /query/],
  ])("%s is refused with a clear message", (url, message) => {
    expect(() => productionBaseUrl(url)).toThrow(message);
  });
  test("a good URL gets a trailing slash", () => {
    expect(productionBaseUrl("https://addins.contoso.com/signin-assistant")).toBe(
      "https://addins.contoso.com/signin-assistant/"
    );
  });
});
