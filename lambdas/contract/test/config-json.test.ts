import { ConfigError, parseConfig } from "../src/config-json";

const valid = {
  apiUrl: "https://api.example.com/",
  authority: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123",
  clientId: "4f1abc",
  redirectUri: "https://d111.cloudfront.net/",
  logoutUri: "https://d111.cloudfront.net/",
  googleSignIn: true,
};

function problemsOf(input: unknown): string[] {
  try {
    parseConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("accepts a complete config and trims trailing slashes from base URLs", () => {
    expect(parseConfig(valid)).toEqual({
      ...valid,
      apiUrl: "https://api.example.com",
    });
  });

  it("defaults googleSignIn to false and allows plain http on loopback hosts", () => {
    const local = {
      apiUrl: "http://127.0.0.1:8787",
      authority: "http://127.0.0.1:8788",
      clientId: "trip-web-local",
      redirectUri: "http://localhost:8787/",
      logoutUri: "http://localhost:8787/",
    };
    expect(parseConfig(local).googleSignIn).toBe(false);
  });

  it("names every missing or malformed field", () => {
    expect(problemsOf({ apiUrl: "not a url", clientId: "", googleSignIn: "yes" })).toEqual([
      'apiUrl: expected an absolute URL, got "not a url"',
      "authority: expected an absolute URL string",
      "redirectUri: expected an absolute URL string",
      "logoutUri: expected an absolute URL string",
      "clientId: expected a non-empty string",
      "googleSignIn: expected true or false",
    ]);
  });

  it("refuses plain http outside this machine", () => {
    expect(problemsOf({ ...valid, authority: "http://auth.example.com" })).toEqual([
      'authority: expected an https URL (http only for localhost), got "http://auth.example.com"',
    ]);
  });

  it("refuses something that is not an object", () => {
    expect(problemsOf([valid])).toEqual(["expected a JSON object"]);
    expect(problemsOf(null)).toEqual(["expected a JSON object"]);
  });
});
