import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

const packageBoundaries = [
  {
    regex: String.raw`^(\.\./)+(lambdas/)?(agent|api|contract|local)/src(/|$)`,
    message: "Import another package by name (@trip/contract, @trip/agent, @trip/api, @trip/local).",
  },
  { regex: String.raw`^(\.\./)+web/src(/|$)`, message: "Nothing outside web/ imports the page's code." },
];

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "**/coverage/**",
      "**/.artifacts/**",
      "web/build/**",
      "lambdas/*/build/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["web/src/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Packages meet through @trip/contract and each other's public entry (package "exports"),
  // never through each other's files.
  {
    files: ["web/**", "lambdas/*/src/**", "lambdas/local/**"],
    rules: { "no-restricted-imports": ["error", { patterns: packageBoundaries }] },
  },
  {
    files: ["web/src/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...packageBoundaries,
            {
              group: ["@trip/contract/schemas"],
              message: "The page imports @trip/contract only: the schemas pull zod into its bundle.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
