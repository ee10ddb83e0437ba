/* eslint-disable no-undef */
// The pane's core browser tests in WebKit (WebKitWebDriver + MiniBrowser) and Gecko (Firefox ESR over WebDriver
// BiDi), against the production build in dist-e2e/: `npm run test:engines` (test/engines/core.engine.ts).
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/engines"],
  testMatch: ["**/*.engine.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  testTimeout: 120000,
  maxWorkers: 1,
};
