/* eslint-disable no-undef */
// Unit and component tests. Browser tests live in jest.e2e.config.js.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/unit"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  moduleNameMapper: {
    // office-addin-mock → office-addin-manifest → an ESM-only dependency Jest 30 can't require; the mock uses only OfficeApp.
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
  // A whole pane rendered in jsdom takes a few seconds on a busy 2-core machine; the default 5 s flakes there.
  testTimeout: 20000,
  setupFilesAfterEnv: ["<rootDir>/test/support/jestSetup.ts"],
};
