// office-addin-lint reads only a flat config; it ignores .eslintrc.json. The office-addins React preset already
// brings typescript-eslint, React and prettier rules; the project adds its own on top.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Reuse the preset's own @typescript-eslint plugin instance: ESLint refuses two objects under one name.
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"];

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
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
