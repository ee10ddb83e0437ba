// office-addin-lint reads only a flat config; it ignores .eslintrc.json. The office-addins React preset already
// brings typescript-eslint, React and prettier rules; the project adds its own on top, including the rooms below.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Reuse the preset's own @typescript-eslint plugin instance: ESLint refuses two objects under one name.
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"];

// ---------------------------------------------------------------------------------------------------------------
// Rooms: one folder of src/ each, and which other rooms it may import (types included). Arrows point inward to
// the pure diagnosis core; one adapter per outside world; src/taskpane and src/dialog are the wiring (entry
// points) and may import any room. Adding a room means adding a line here.
const ROOMS = {
  diagnosis: [], // pure: facts in, diagnosis out
  util: [], // leaf helpers every room may use (settle, budget, error log, text decoding)
  i18n: ["diagnosis"],
  scenarios: ["diagnosis"],
  config: ["diagnosis", "util"],
  graph: ["util"],
  host: ["util"], // the only Office.* caller; implements ui's HostServices port structurally, without importing ui
  auth: ["diagnosis", "config", "util"], // the only MSAL caller; never imports host (the wiring passes the dialog in)
  probes: ["auth", "graph", "diagnosis", "util"],
  ui: ["diagnosis", "i18n", "util"], // renders; never reaches host/auth/graph/config/probes implementations
  cli: ["diagnosis", "config", "util"],
  browser: [], // what a plain browser tab says about its device (navigator); the only reader of it
};
const WIRING = ["taskpane", "dialog", "watchdog"];
const ALL = [...Object.keys(ROOMS), ...WIRING];

const roomRules = Object.entries(ROOMS).map(([room, allowed]) => {
  const forbidden = ALL.filter((r) => r !== room && !allowed.includes(r));
  return {
    files: [`src/${room}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // "../host/dialog", "../../ui/types": any relative path that enters a forbidden room.
              regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
              message: `src/${room} may import only ${allowed.length ? allowed.map((r) => `src/${r}`).join(", ") : "itself"} (rooms: eslint.config.mjs).`,
            },
            ...(room === "auth"
              ? []
              : [{ group: ["@azure/msal-browser", "@azure/msal-browser/*"], message: "Only src/auth touches MSAL." }]),
            ...(room === "cli"
              ? []
              : [{ regex: "^node:", message: "Node built-ins belong to src/cli (the pane runs in a browser)." }]),
          ],
        },
      ],
    },
  };
});

const OFFICE = { name: "Office", message: "Only src/host touches Office.*; ask for what you need through a host function." };
const FETCH = { name: "fetch", message: "Only src/graph and src/config call fetch." };
const FETCH_PROPERTIES = ["window", "globalThis", "self"].map((object) => ({
  object,
  property: "fetch",
  message: "Only src/graph and src/config call fetch.",
}));

export default [
  { ignores: ["dist/", "dist-e2e/", "node_modules/", "test-results/", "coverage/", "bench/", "scripts/*.js", "*.js", "test/e2e/fixtures/"] },
  ...officeAddins.configs.react,
  // Parse every TypeScript file with the TypeScript parser (the preset alone leaves some to espree).
  { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  // TypeScript already checks names; no-undef only misreads ambient types such as Office and NodeJS.
  { files: ["**/*.ts", "**/*.tsx"], rules: { "no-undef": "off", "no-unused-vars": "off" } },
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...roomRules,
  // Globals: Office only in src/host (a type position such as `typeof Office` is not a use); fetch only in
  // src/graph and src/config.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/host/**", "src/graph/**", "src/config/**"],
    rules: {
      "no-restricted-globals": ["error", OFFICE, FETCH],
      "no-restricted-properties": ["error", ...FETCH_PROPERTIES],
    },
  },
  { files: ["src/host/**/*.{ts,tsx}"], rules: { "no-restricted-globals": ["error", FETCH], "no-restricted-properties": ["error", ...FETCH_PROPERTIES] } },
  { files: ["src/graph/**/*.{ts,tsx}", "src/config/**/*.{ts,tsx}"], rules: { "no-restricted-globals": ["error", OFFICE] } },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
