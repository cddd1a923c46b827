// Native ESM Jest: most dependencies (@actions/*, oidc-provider, LangChain) ship ESM only.
const transform = {
  // keepImportAttributes: JSON imports keep `with { type: "json" }`, which native ESM requires.
  "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { experimental: { keepImportAttributes: true } } }],
};
const common = {
  transform,
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
};

export default {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: [
        "<rootDir>/{actions,lambdas,templates,scripts,.github}/**/*.test.ts",
        "<rootDir>/web/e2e/**/*.test.ts",
      ],
    },
    {
      ...common,
      displayName: "web",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/web/src/**/*.test.{ts,tsx}"],
    },
  ],
};
