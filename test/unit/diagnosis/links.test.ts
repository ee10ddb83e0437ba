import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isAllowedLink, LINKS } from "../../../src/diagnosis";
import { ACTION_LINKS } from "../../../src/diagnosis/tables/links";

test.each(Object.entries(LINKS))("%s is https on an allowed domain", (_, link) => {
  expect(link.url.startsWith("https://")).toBe(true);
  expect(isAllowedLink(link.url)).toBe(true);
});

test("every link in the table carries a source comment", () => {
  // Sources are comments, not data, so they never ship to the browser; this keeps them from going missing.
  const text = readFileSync(join(__dirname, "../../../src/diagnosis/tables/links.ts"), "utf8");
  const body = text.slice(
    text.indexOf("export const LINKS"),
    text.indexOf("export const ACTION_LINKS")
  );
  for (const id of Object.keys(LINKS)) {
    const entry = new RegExp(`(//[^\\n]*\\n\\s*${id}: \\{)|(${id}: \\{[^}]*//[^\\n]*)`);
    expect([id, entry.test(body)]).toEqual([id, true]);
  }
});

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
