import { isAllowedLink, LINKS } from "../../../src/diagnosis";
import { ACTION_LINKS } from "../../../src/diagnosis/tables/links";

test.each(Object.entries(LINKS))(
  "%s is https on an allowed domain and names its source",
  (_, link) => {
    expect(link.url.startsWith("https://")).toBe(true);
    expect(isAllowedLink(link.url)).toBe(true);
    expect(link.source.length).toBeGreaterThan(3);
  }
);

test("every action's link ids exist", () => {
  for (const ids of Object.values(ACTION_LINKS))
    for (const id of ids) expect(LINKS[id]).toBeDefined();
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
