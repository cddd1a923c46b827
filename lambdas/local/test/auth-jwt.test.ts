import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JWTPayload,
  type CryptoKey,
} from "jose";
import { Unauthorized, verifyBearer } from "../src/auth-jwt";

const issuer = "http://127.0.0.1:8788";
const now = 1_800_000_000_000;
const clock = () => now;
const nowSeconds = now / 1000;

let signing: CryptoKey;
let other: CryptoKey;
let keys: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  ({ privateKey: signing } = await generateKeyPair("RS256", { extractable: true }));
  ({ privateKey: other } = await generateKeyPair("RS256"));
  const { kty, n, e } = await exportJWK(signing);
  keys = createLocalJWKSet({ keys: [{ kty, n, e, kid: "k1", alg: "RS256" }] });
});

const base: JWTPayload = {
  iss: issuer,
  sub: "family-maya",
  aud: "trip-web",
  name: "Maya Brennan",
  email: "maya@brennan.example.com",
  iat: nowSeconds - 10,
  exp: nowSeconds + 3600,
};

async function token(claims: JWTPayload = base, key: CryptoKey = signing, alg = "RS256"): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, kid: "k1" }).sign(key);
}

const verify = (authorization: string | undefined) =>
  verifyBearer(authorization, { issuer, audience: ["trip-web"], keys }, clock);

async function reason(authorization: Promise<string> | string | undefined): Promise<string> {
  try {
    await verify(await authorization);
  } catch (error) {
    if (error instanceof Unauthorized) return error.message;
    throw error;
  }
  throw new Error("expected the token to be refused");
}

const without = (claim: keyof JWTPayload): JWTPayload => {
  const { [claim]: _dropped, ...rest } = base;
  return rest;
};

it("accepts a valid ID token and names the family member", async () => {
  await expect(verify(`Bearer ${await token()}`)).resolves.toEqual({
    sub: "family-maya",
    name: "Maya Brennan",
    email: "maya@brennan.example.com",
  });
});

it("accepts an access token by client_id when it has no aud, as API Gateway does", async () => {
  const access = { ...without("aud"), client_id: "trip-web", name: undefined, email: undefined };
  await expect(verify(`Bearer ${await token(access)}`)).resolves.toEqual({ sub: "family-maya" });
});

it.each([
  ["no header", undefined, "missing bearer token in the Authorization header"],
  ["another scheme", "Basic abc", "missing bearer token in the Authorization header"],
  ["garbage", "Bearer not-a-jwt", "token signature or format is not valid"],
])("refuses %s", async (_case, header, message) => {
  expect(await reason(header)).toBe(message);
});

it("refuses a token signed with another key", async () => {
  expect(await reason(`Bearer ${await token(base, other)}`)).toBe("token signature or format is not valid");
});

it("refuses another issuer", async () => {
  expect(await reason(token({ ...base, iss: "https://evil.example" }).then((t) => `Bearer ${t}`))).toBe(
    "token iss claim is not accepted",
  );
});

it("refuses another audience, even with a matching client_id", async () => {
  const t = await token({ ...base, aud: "someone-else", client_id: "trip-web" });
  expect(await reason(`Bearer ${t}`)).toBe("token was not issued for this app (aud/client_id)");
});

it("refuses expired, not-yet-valid, future-issued and never-expiring tokens", async () => {
  expect(await reason(`Bearer ${await token({ ...base, exp: nowSeconds - 1 })}`)).toBe("token has expired");
  expect(await reason(`Bearer ${await token({ ...base, nbf: nowSeconds + 60 })}`)).toBe(
    "token nbf claim is not accepted",
  );
  expect(await reason(`Bearer ${await token({ ...base, iat: nowSeconds + 60 })}`)).toBe(
    "token iat claim is in the future",
  );
  expect(await reason(`Bearer ${await token(without("exp"))}`)).toBe("token exp claim is not accepted");
});
