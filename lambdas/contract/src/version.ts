// The version both functions report (GET /api/health, the ping). Set by esbuild's `define` at
// build time (git short SHA); absent when run from source.
declare const __APP_VERSION__: string | undefined;

/** `APP_VERSION` from the environment wins, then the build's git SHA, then "dev". */
export const appVersion = (env: NodeJS.ProcessEnv = process.env): string =>
  env.APP_VERSION || (typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev");
