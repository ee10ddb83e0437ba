// Every browser test fails on an unhandled rejection or an uncaught error in any page it opened (the pane, preview
// mode, a dialog window), whether or not the test itself looks: nothing should ever get there. A test whose fault
// makes a page throw on purpose says which error it expects (allowPageErrors in test/support/browser.ts).
import { OPENED_PROBES, type PageProbe } from "./browser";

function problemsOf(probes: PageProbe[]): string[] {
  return probes.flatMap((p) => [
    ...p.rejections.map((r) => `unhandled rejection: ${r}`),
    ...p.pageErrors
      .filter((e) => !p.allowedPageErrors.some((re) => re.test(e)))
      .map((e) => `page error: ${e}`),
  ]);
}

/** Takes the probes a test (or, with undefined, a beforeAll) opened out of the list, so each is judged once. */
function take(openedIn: string | undefined): PageProbe[] {
  const mine = OPENED_PROBES.filter((p) => p.openedIn === openedIn);
  for (const p of mine) OPENED_PROBES.splice(OPENED_PROBES.indexOf(p), 1);
  return mine;
}

afterEach(() => {
  expect(problemsOf(take(expect.getState().currentTestName))).toEqual([]);
});

afterAll(() => {
  // Probes a beforeAll opened (replays started for the whole file) and any left over.
  const rest = OPENED_PROBES.splice(0, OPENED_PROBES.length);
  expect(problemsOf(rest)).toEqual([]);
});
