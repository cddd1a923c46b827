// API Gateway HTTP API (payload format 2.0) events and a Lambda context, shaped as AWS sends them.
import type { Context } from "aws-lambda";
import type { LambdaEvent } from "hono/aws-lambda";

export interface EventOptions {
  method?: string;
  path: string;
  body?: string;
  base64?: boolean;
  headers?: Record<string, string>;
  claims?: Record<string, string | number | boolean | string[]>;
  requestId?: string;
}

export function httpApiEvent({
  method = "GET",
  path,
  body,
  base64 = false,
  headers = {},
  claims,
  requestId = "Ab3dEf6GiJkLmNo=",
}: EventOptions): LambdaEvent {
  const now = Date.UTC(2027, 5, 30, 15, 0, 0);
  const event = {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: {
      accept: "*/*",
      host: "abc123def4.execute-api.eu-west-1.amazonaws.com",
      "user-agent": "curl/8.5.0",
      "x-amzn-trace-id": "Root=1-67a1b2c3-0123456789abcdef01234567",
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-port": "443",
      "x-forwarded-proto": "https",
      ...(body !== undefined
        ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }
        : {}),
      ...(claims ? { authorization: "Bearer eyJraWQiOiJ0ZXN0In0.eyJzdWIiOiJ1In0.c2ln" } : {}),
      ...headers,
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123def4",
      domainName: "abc123def4.execute-api.eu-west-1.amazonaws.com",
      domainPrefix: "abc123def4",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "curl/8.5.0" },
      requestId,
      routeKey: "$default",
      stage: "$default",
      time: "30/Jun/2027:15:00:00 +0000",
      timeEpoch: now,
      ...(claims
        ? { authorizer: { principalId: "", integrationLatency: 0, jwt: { claims, scopes: null } } }
        : {}),
    },
    isBase64Encoded: base64,
    ...(body !== undefined ? { body: base64 ? Buffer.from(body).toString("base64") : body } : {}),
  };
  return event as unknown as LambdaEvent;
}

export const lambdaContext = {
  callbackWaitsForEmptyEventLoop: true,
  functionName: "trip-assistant-api-test",
  functionVersion: "7",
  invokedFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:trip-assistant-api-test:live",
  memoryLimitInMB: "512",
  awsRequestId: "6f1c2f9e-8b0a-4d3e-9c55-0a1b2c3d4e5f",
  logGroupName: "/aws/lambda/trip-assistant-api-test",
  logStreamName: "2027/06/30/[7]0123456789abcdef",
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} as Context;

export const cognitoClaims = {
  sub: "8c1f4e2a-6b3d-4f5e-9a7b-1c2d3e4f5a6b",
  "cognito:username": "maya",
  email: "maya@example.com",
  email_verified: "true",
  name: "Maya",
  iss: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEfGhI",
  aud: "3n4b5c6d7e8f9g0h1i2j3k4l5m",
  token_use: "id",
  auth_time: "1814367600",
  exp: "1814371200",
  iat: "1814367600",
};

/** An Invoke response payload as the SDK hands it back (bytes with `transformToString`). */
export function invokePayload(value: unknown) {
  const bytes = new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
  return Object.assign(bytes, {
    transformToString: (encoding = "utf-8") => new TextDecoder(encoding).decode(bytes),
  });
}
