import type { APIGatewayProxyEventV2 } from "aws-lambda";

export const PING_MESSAGE = "__ping__";

export const pingBody = JSON.stringify({ message: PING_MESSAGE });

/**
 * The API Gateway HTTP API (payload format 2.0) event for `POST /api/messages` carrying the
 * ping, as the gateway would deliver it minus the authorizer context (a direct invocation
 * bypasses the gateway, and the ping needs no user).
 */
export function pingInvocationEvent(requestId: string, now: Date): APIGatewayProxyEventV2 {
  const userAgent = "trip-assistant-toolkit/chain-ping";
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: "/api/messages",
    rawQueryString: "",
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(pingBody)),
      "user-agent": userAgent,
    },
    requestContext: {
      accountId: "anonymous",
      apiId: "chain-ping",
      domainName: "chain-ping.local",
      domainPrefix: "chain-ping",
      http: {
        method: "POST",
        path: "/api/messages",
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent,
      },
      requestId,
      routeKey: "$default",
      stage: "$default",
      time: gatewayTime(now),
      timeEpoch: now.getTime(),
    },
    body: pingBody,
    isBase64Encoded: false,
  };
}

/** API Gateway's `requestContext.time` format: `25/Nov/2026:08:52:32 +0000`. */
function gatewayTime(now: Date): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${pad(now.getUTCDate())}/${months[now.getUTCMonth()]}/${now.getUTCFullYear()}:` +
    `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())} +0000`
  );
}
