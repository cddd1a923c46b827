// In Lambda, API Gateway's JWT authorizer has already verified the token; the claims arrive
// in the event. A direct invocation (the chain-ping's `__ping__`) has none and runs with no user.
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";
import type { Context, MiddlewareHandler } from "hono";
import type { AgentUser } from "@trip/contract";
import type { ApiEnv } from "./env";

type Claims = Record<string, string | number | boolean | string[] | undefined>;

export function userFromClaims(claims: Claims | undefined): AgentUser | undefined {
  if (!claims) return undefined;
  const text = (key: string) =>
    typeof claims[key] === "string" && claims[key] !== "" ? (claims[key] as string) : undefined;
  const user: AgentUser = {};
  const sub = text("sub");
  const name = text("name") ?? text("given_name");
  const email = text("email");
  if (sub) user.sub = sub;
  if (name) user.name = name;
  if (email) user.email = email;
  return Object.keys(user).length > 0 ? user : undefined;
}

/** The HTTP API v2 event behind this request, when running in Lambda. */
export const lambdaEvent = (c: Context): Partial<APIGatewayProxyEventV2WithJWTAuthorizer> | undefined =>
  (c.env as { event?: APIGatewayProxyEventV2WithJWTAuthorizer } | undefined)?.event;

export const claimsAuth: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const user = userFromClaims(lambdaEvent(c)?.requestContext?.authorizer?.jwt?.claims);
  if (user) c.set("user", user);
  await next();
};
