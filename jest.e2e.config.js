/* eslint-disable no-undef */
// Browser tests: the production build in the system Chromium through playwright-core.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  testTimeout: 120000,
  maxWorkers: 1,
  globalTeardown: "<rootDir>/test/support/distUntouched.js",
  // Any unhandled rejection or page error in any page a test opened fails that test.
  setupFilesAfterEnv: ["<rootDir>/test/support/e2eSetup.ts"],
};
