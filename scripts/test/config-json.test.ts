import { loadSteps } from "../pipeline/model";
import { parseConfig } from "@trip/contract";

// The pipeline writes the web app's runtime config.json from stack outputs; the web app
// refuses a config it cannot use. Render the pipeline's template the way the runner would and
// check the web app accepts it.
const sampleOutputs: Record<string, string> = {
  ApiUrl: "https://abc123.execute-api.us-east-2.amazonaws.com",
  UserPoolIssuer: "https://cognito-idp.us-east-2.amazonaws.com/us-east-2_AbCdEf123",
  UserPoolClientId: "4h3k2j1l0m9n8b7v6c5x4z3a2s",
  CloudFrontUrl: "https://d111111abcdef8.cloudfront.net",
};

function render(template: string, googleClientId: string): string {
  return template
    .replace(/\$\{\{\s*steps\.[\w-]+\.outputs\.(\w+)\s*\}\}/g, (_, name: string) => {
      const value = sampleOutputs[name];
      if (value === undefined)
        throw new Error(`config-json reads an output the test has no sample for: ${name}`);
      return value;
    })
    .replace(/\$\{\{\s*inputs\.google-client-id != ''\s*\}\}/g, String(googleClientId !== ""));
}

describe("the pipeline's config.json", () => {
  const step = loadSteps(process.cwd(), "action.yml").find((s) => s.action === "actions/invalidate-cdn");
  const template = step?.inputs["config-json"] ?? "";

  test("is what the web app expects", () => {
    expect(template).not.toBe("");
    expect(parseConfig(JSON.parse(render(template, "")))).toEqual({
      apiUrl: sampleOutputs.ApiUrl,
      authority: sampleOutputs.UserPoolIssuer,
      clientId: sampleOutputs.UserPoolClientId,
      redirectUri: `${sampleOutputs.CloudFrontUrl}/`,
      logoutUri: `${sampleOutputs.CloudFrontUrl}/`,
      googleSignIn: false,
    });
  });

  test("offers Google sign-in exactly when a Google client id is given", () => {
    expect(parseConfig(JSON.parse(render(template, "123.apps.googleusercontent.com"))).googleSignIn).toBe(
      true,
    );
  });
});
