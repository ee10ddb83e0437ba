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
};
