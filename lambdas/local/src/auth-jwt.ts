// Local stand-in for API Gateway's JWT authorizer: the same checks (signature against the
// issuer's JWKS, `iss`, `aud` — or `client_id` when there is no `aud` — `exp`, `nbf`, `iat`),
// as a Hono middleware that puts the family member on the context for the API.
import type { MiddlewareHandler } from "hono";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { AuthUnavailableError, errorResponse, type ApiEnv } from "@trip/api";

export interface AuthUser {
  sub: string;
  name?: string;
  email?: string;
}

export interface JwtAuthOptions {
  /** Expected `iss`, exactly (Cognito: https://cognito-idp.<region>.amazonaws.com/<pool id>). */
  issuer: string;
  /** Accepted `aud` (or `client_id`) values: the app client id(s). */
  audience: string[];
  /** Defaults to the issuer's discovery document's `jwks_uri`, fetched on first use. */
  keys?: JWTVerifyGetKey;
  fetchFn?: typeof fetch;
}

export class Unauthorized extends Error {
  override name = "Unauthorized";
}

/** API Gateway accepts RSA signatures only. */
const algorithms = ["RS256", "RS384", "RS512"];

function discoveredKeys(issuer: string, fetchFn: typeof fetch): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const load = async (): Promise<JWTVerifyGetKey> => {
    const response = await fetchFn(`${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new Error("discovery document has no jwks_uri");
    return createRemoteJWKSet(new URL(jwksUri));
  };
  return async (header, token) => {
    // A failed discovery is retried on the next request rather than cached.
    keys ??= load().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return (await keys)(header, token);
  };
}

/** Errors about the token's key itself; any other failure to get a key is the issuer's. */
const tokenKeyErrors = [errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSENotSupported];

/** An issuer that cannot be reached is a 503 for the API, not a bad token (401) or a bug (500). */
function unavailableOnFailure(keys: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (tokenKeyErrors.some((type) => error instanceof type)) throw error;
      throw new AuthUnavailableError(
        `fetching the issuer's signing keys failed: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  };
}

/** Verifies a bearer token; throws `Unauthorized` with the reason. Pure apart from key lookup. */
export async function verifyBearer(
  authorization: string | undefined,
  { issuer, audience, keys }: Required<Pick<JwtAuthOptions, "issuer" | "audience" | "keys">>,
  now: () => number = Date.now,
): Promise<AuthUser> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
  if (!token) throw new Unauthorized("missing bearer token in the Authorization header");
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      issuer,
      algorithms,
      requiredClaims: ["exp"],
      currentDate: new Date(now()),
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new Unauthorized("token has expired");
    if (error instanceof errors.JWTClaimValidationFailed)
      throw new Unauthorized(`token ${error.claim} claim is not accepted`);
    if (error instanceof errors.JOSEError) throw new Unauthorized("token signature or format is not valid");
    throw error;
  }
  if (typeof payload.iat === "number" && payload.iat > now() / 1000)
    throw new Unauthorized("token iat claim is in the future");
  const aud = payload.aud === undefined ? [] : Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  const clientId = payload.client_id;
  const accepted =
    aud.length > 0
      ? aud.some((a) => audience.includes(a))
      : typeof clientId === "string" && audience.includes(clientId);
  if (!accepted) throw new Unauthorized("token was not issued for this app (aud/client_id)");
  if (typeof payload.sub !== "string" || payload.sub === "") throw new Unauthorized("token has no sub claim");
  const name = typeof payload.name === "string" ? payload.name : undefined;
  const email = typeof payload.email === "string" ? payload.email : undefined;
  return { sub: payload.sub, ...(name && { name }), ...(email && { email }) };
}

export function jwtAuth(options: JwtAuthOptions): MiddlewareHandler<ApiEnv> {
  const settings = {
    issuer: options.issuer,
    audience: options.audience,
    keys: unavailableOnFailure(options.keys ?? discoveredKeys(options.issuer, options.fetchFn ?? fetch)),
  };
  return async (c, next) => {
    try {
      c.set("user", await verifyBearer(c.req.header("authorization"), settings));
    } catch (error) {
      if (!(error instanceof Unauthorized)) throw error;
      c.header("www-authenticate", 'Bearer error="invalid_token"');
      return errorResponse(c, 401, "unauthorized", `Unauthorized: ${error.message}`);
    }
    await next();
  };
}
