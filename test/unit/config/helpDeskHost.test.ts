// The help desk's host is the one extra host links[] may open, so it must be exactly one organisation's host: never a
// whole top-level domain, a public suffix, a single label or an IP address, and never its subdomains.
import { helpDeskDomains, helpDeskHostProblem, validateConfig } from "../../../src/config/schema";
import { isAllowedLink } from "../../../src/diagnosis";

const config = (helpDeskUrl: string) => ({
  helpDesk: { name: "IT", url: helpDeskUrl },
  links: [{ label: "Reset your password", url: "https://evil.com/reset" }],
});

describe("config:check and the pane refuse a help-desk host that isn't one organisation's", () => {
  test.each([
    ["https://com/", /single-label/],
    ["https://com./", /single-label/],
    ["https://intranet/", /single-label/],
    ["https://co.uk/", /public suffix/],
    ["https://com.au/", /public suffix/],
    ["https://127.0.0.1/", /IP address/],
    ["https://[::1]/", /IP address/],
  ])("%s", (url, problem) => {
    const { config: c, warnings } = validateConfig(config(url));
    expect(warnings).toContainEqual(
      expect.stringMatching(new RegExp(`^helpDesk\\.url: .*${problem.source}`))
    );
    // Nothing widens the allow-list: the foreign link is refused too.
    expect(warnings).toContainEqual(
      expect.stringMatching(/^links\.0\.url: .*evil\.com is neither/)
    );
    expect(c.links).toBeUndefined();
    expect(helpDeskDomains({ helpDesk: { url } })).toEqual([]);
  });

  test("an organisation's own host passes", () => {
    expect(helpDeskHostProblem("servicedesk.contoso.example")).toBeNull();
    expect(helpDeskHostProblem("contoso.co.uk")).toBeNull();
    const { warnings } = validateConfig({
      helpDesk: { url: "https://it.contoso.example/" },
      links: [{ label: "IT portal", url: "https://it.contoso.example/reset" }],
    });
    expect(warnings).toEqual([]);
  });
});

describe("isAllowedLink: the help desk's host exactly, no subdomains", () => {
  test("exactly that host is allowed", () => {
    expect(isAllowedLink("https://it.contoso.example/x", ["it.contoso.example"])).toBe(true);
  });
  test("its subdomains and its parent are not", () => {
    expect(isAllowedLink("https://evil.it.contoso.example/x", ["it.contoso.example"])).toBe(false);
    expect(isAllowedLink("https://contoso.example/x", ["it.contoso.example"])).toBe(false);
  });
  test("a single-label or IP extra host allows nothing, even asked directly", () => {
    expect(isAllowedLink("https://evil.com/reset", ["com"])).toBe(false);
    expect(isAllowedLink("https://com/reset", ["com"])).toBe(false);
    expect(isAllowedLink("https://127.0.0.1/x", ["127.0.0.1"])).toBe(false);
  });
  test("Microsoft's domains keep their subdomains", () => {
    expect(isAllowedLink("https://support.microsoft.com/x")).toBe(true);
  });
});
