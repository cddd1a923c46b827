// Runtime configuration, read from /config.json so one build serves every environment; its
// schema (`parseConfig`) is part of @trip/contract.
import { ConfigError, parseConfig, type WebConfig } from "@trip/contract";

export async function loadConfig(fetchFn: typeof fetch = fetch, url = "/config.json"): Promise<WebConfig> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: "no-store" });
  } catch (error) {
    throw new ConfigError([`could not fetch ${url}: ${(error as Error).message}`]);
  }
  if (!response.ok) throw new ConfigError([`${url} answered HTTP ${response.status}`]);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ConfigError([`${url} is not valid JSON`]);
  }
  return parseConfig(body);
}
