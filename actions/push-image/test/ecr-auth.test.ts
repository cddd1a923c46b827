import { ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { mockClient } from "aws-sdk-client-mock";
import { awsClientConfig } from "../../lib/src/index";
import { ecrClientFor, ecrCredentials, ecrRegion } from "../src/ecr-auth";
import { bufferSource, RegistryClient } from "../src/registry";
import { sha256Digest } from "../src/media-types";
import { startAuthProxy } from "./support/auth-proxy";
import { startRegistry } from "./support/registry-server";

const ecr = mockClient(ECRClient);
const password = "eyJwYXlsb2FkIjoiZWNyLXBhc3N3b3JkIn0=";
const token = Buffer.from(`AWS:${password}`).toString("base64");

beforeEach(() => ecr.reset());

describe("ECR authorization", () => {
  test("decodes GetAuthorizationToken to AWS:password, masking the token and the password", async () => {
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        { authorizationToken: token, proxyEndpoint: "https://123456789012.dkr.ecr.us-east-2.amazonaws.com" },
      ],
    });
    const masked: string[] = [];
    const credentials = await ecrCredentials(new ECRClient({ region: "us-east-2" }), (s) => masked.push(s));
    expect(credentials).toEqual({ username: "AWS", password });
    expect(masked).toEqual([token, password]);
    expect(ecr.commandCalls(GetAuthorizationTokenCommand).map((c) => c.args[0].input)).toEqual([{}]);
  });

  test("a response without a token, or a token that is not user:password, is an error", async () => {
    ecr
      .on(GetAuthorizationTokenCommand)
      .resolvesOnce({ authorizationData: [] })
      .resolvesOnce({
        authorizationData: [{ authorizationToken: Buffer.from("no-colon").toString("base64") }],
      });
    const client = new ECRClient({ region: "us-east-2" });
    await expect(ecrCredentials(client, () => undefined)).rejects.toThrow("returned no authorization token");
    await expect(ecrCredentials(client, () => undefined)).rejects.toThrow(
      "a token that is not user:password",
    );
  });

  test("the client asks the repository's own region, whatever AWS_REGION says", async () => {
    expect(ecrRegion("123456789012.dkr.ecr.eu-west-1.amazonaws.com")).toBe("eu-west-1");
    expect(ecrRegion("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com")).toBe("us-gov-west-1");
    expect(ecrRegion("127.0.0.1:5000")).toBeUndefined();
    const config = awsClientConfig("push-image", { AWS_REGION: "us-east-2" });
    expect(await ecrClientFor("123456789012.dkr.ecr.eu-west-1.amazonaws.com", config).config.region()).toBe(
      "eu-west-1",
    );
    expect(await ecrClientFor("localhost:4510", config).config.region()).toBe("us-east-2");
  });

  test("the decoded credentials open a registry that wants Basic authentication, as ECR does", async () => {
    ecr.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [{ authorizationToken: token }] });
    const local = await startRegistry();
    const proxy = await startAuthProxy({ upstream: local.origin, scheme: "basic", users: { AWS: password } });
    try {
      const credentials = await ecrCredentials(new ECRClient({ region: "us-east-2" }), () => undefined);
      const client = new RegistryClient({ registry: proxy.registry, credentials, retry: { retries: 0 } });
      const bytes = Buffer.from("ecr blob");
      await client.uploadBlob("trip/agent", sha256Digest(bytes), bufferSource(bytes));
      expect(await client.blobExists("trip/agent", sha256Digest(bytes))).toBe(true);
      expect(proxy.requests.filter((r) => r.status === 401).map((r) => r.path)).toEqual(["/v2/"]);
    } finally {
      await proxy.stop();
      await local.stop();
    }
  });
});
