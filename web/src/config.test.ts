import { loadConfig } from "./config";

const valid = {
  apiUrl: "https://api.example.com/",
  authority: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123",
  clientId: "4f1abc",
  redirectUri: "https://d111.cloudfront.net/",
  logoutUri: "https://d111.cloudfront.net/",
  googleSignIn: true,
};

const fakeFetch =
  (status: number, body: string): typeof fetch =>
  async () =>
    ({ ok: status >= 200 && status < 300, status, json: async () => JSON.parse(body) }) as Response;

describe("loadConfig", () => {
  it("explains a missing file", async () => {
    await expect(loadConfig(fakeFetch(404, "{}"))).rejects.toThrow("/config.json answered HTTP 404");
  });

  it("explains a file that is not JSON", async () => {
    await expect(loadConfig(fakeFetch(200, "<html>"))).rejects.toThrow("/config.json is not valid JSON");
  });

  it("explains an unreachable server", async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    await expect(loadConfig(offline)).rejects.toThrow("could not fetch /config.json: Failed to fetch");
  });

  it("returns the validated config", async () => {
    await expect(loadConfig(fakeFetch(200, JSON.stringify(valid)))).resolves.toMatchObject({
      clientId: "4f1abc",
    });
  });
});
