// office-addin-lint reads only a flat config; it ignores .eslintrc.json.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import prettier from "eslint-plugin-prettier/recommended";

export default [
  { ignores: ["dist/", "dist-e2e/", "node_modules/", "test-results/", "coverage/", "bench/"] },
  ...tseslint.configs.recommended,
  ...officeAddins.configs.react,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.js", "test/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", __dirname: "readonly", require: "readonly", module: "writable" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
