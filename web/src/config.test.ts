import { loadConfig } from "./config";

// The validation itself is tested with the contract (lambdas/contract/test/config-json.test.ts).
const config = {
  apiUrl: "https://api.example.com",
  authority: "https://id.example.com",
  clientId: "4f1abc",
  redirectUri: "https://chat.example.com/",
  logoutUri: "https://chat.example.com/",
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
    await expect(loadConfig(fakeFetch(200, JSON.stringify(config)))).resolves.toMatchObject({
      clientId: "4f1abc",
    });
  });
});
