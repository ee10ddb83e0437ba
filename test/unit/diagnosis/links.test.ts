import { isAllowedLink, LINKS } from "../../../src/diagnosis";
import { cited } from "../../support/sources";

test.each(Object.entries(LINKS))(
  "%s is https on an allowed domain and names its source",
  (_, link) => {
    expect(link.url.startsWith("https://")).toBe(true);
    expect(isAllowedLink(link.url)).toBe(true);
    expect(cited(link.source)).toMatch(/\[(MS|MS-l|3P|3P slug|vendor)\]/);
  }
);

test("Part 3's corrected links are the ones in the table", () => {
  const urls = Object.values(LINKS).map((l) => l.url);
  expect(urls).not.toContain("https://aka.ms/getoutlookmobile");
  expect(LINKS.outlookForMac.url).toBe("https://aka.ms/GetOutlookForMac");
  expect(LINKS.appleMailMac.url).toBe(
    "https://support.apple.com/guide/mail/add-and-manage-email-accounts-mail35803/mac"
  );
  expect(LINKS.appleMailIos.url).toBe("https://support.apple.com/102619");
  expect(LINKS.macKeychainKb.url).toBe(
    "https://learn.microsoft.com/troubleshoot/outlook/sign-in/repeated-prompts-authentication"
  );
  expect(LINKS.outlookPromptAdminDiag.url).toBe("https://aka.ms/PillarOutlookPasswordPrompt");
});

test.each([
  ["http://aka.ms/sspr", false],
  ["javascript:alert(1)", false],
  ["https://evil.example/aka.ms", false],
  ["https://aka.ms.evil.example/", false],
  ["https://user:pw@aka.ms/", false],
  ["https://learn.microsoft.com/x", true],
  ["not a url", false],
])("isAllowedLink(%s) = %s", (url, ok) => {
  expect(isAllowedLink(url)).toBe(ok);
});

test("the help desk's own domain is allowed only when configured", () => {
  expect(isAllowedLink("https://servicedesk.contoso.com/x")).toBe(false);
  expect(isAllowedLink("https://servicedesk.contoso.com/x", ["servicedesk.contoso.com"])).toBe(
    true
  );
});
