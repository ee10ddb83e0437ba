import { webLightTheme as fluentLight } from "@fluentui/react-components";
import { webLightTheme } from "../../../src/ui/lightTheme";

test("the bundled light theme is Fluent's webLightTheme, value for value (else: node scripts/make-light-theme.mjs)", () => {
  expect(webLightTheme).toEqual(fluentLight);
});
