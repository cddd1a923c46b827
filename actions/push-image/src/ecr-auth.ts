import { ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import type { AwsClientConfig } from "../../lib/src/index";
import type { Credentials } from "./registry";

/** The region in a private ECR registry host (`123456789012.dkr.ecr.eu-west-1.amazonaws.com`). */
export function ecrRegion(registry: string): string | undefined {
  return /^\d{12}\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(registry)?.[1];
}

/**
 * An ECR client for the registry's own region: an authorization token only opens the
 * registry of the region that issued it, whatever AWS_REGION says.
 */
export function ecrClientFor(registry: string, config: AwsClientConfig): ECRClient {
  const region = ecrRegion(registry);
  return new ECRClient({ ...config, ...(region ? { region } : {}) });
}

/** `ecr:GetAuthorizationToken`, decoded to the Basic credentials the registry takes; both masked. */
export async function ecrCredentials(
  ecr: Pick<ECRClient, "send">,
  mask: (secret: string) => void,
): Promise<Credentials> {
  const { authorizationData } = await ecr.send(new GetAuthorizationTokenCommand({}));
  const token = authorizationData?.[0]?.authorizationToken;
  if (!token) throw new Error("ECR GetAuthorizationToken returned no authorization token");
  mask(token);
  const decoded = Buffer.from(token, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) throw new Error("ECR GetAuthorizationToken returned a token that is not user:password");
  const password = decoded.slice(colon + 1);
  mask(password);
  return { username: decoded.slice(0, colon), password };
}
