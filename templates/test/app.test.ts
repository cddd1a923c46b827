import { Match } from "aws-cdk-lib/assertions";
import { allows, deployed, grantsOf, loadTemplate, statementsOf } from "./templates";

const account = "123456789012";
const region = "us-east-2";
const required = {
  AgentImageUri: `${account}.dkr.ecr.${region}.amazonaws.com/trip-assistant-agent-dev:abc1234`,
  ApiImageUri: `${account}.dkr.ecr.${region}.amazonaws.com/trip-assistant-api-dev@sha256:${"a".repeat(64)}`,
  OpenAiKeyParameterName: "/trip-assistant/dev/openai-api-key",
  FrontendUrl: "https://d111111abcdef8.cloudfront.net",
};
const google = { GoogleClientId: "1234-abc.apps.googleusercontent.com", GoogleClientSecret: "GOCSPX-secret" };

function app(parameters: Record<string, string> = {}) {
  const { json, template } = deployed("app", { parameters: { ...required, ...parameters } });
  const resource = (id: string) => {
    const r = json.Resources[id];
    if (!r) throw new Error(`no resource ${id}`);
    return r;
  };
  return { json, template, resource };
}

describe("app.yaml: Lambda functions", () => {
  const { template, resource } = app();

  it.each([
    ["AgentFunction", "trip-assistant-agent-dev", "AgentImageUri", "AgentRole", "AgentLogGroup"],
    ["ApiFunction", "trip-assistant-api-dev", "ApiImageUri", "ApiRole", "ApiLogGroup"],
  ])("%s runs its container image on arm64 with 512 MB and 30 s", (id, name, image, role, logGroup) => {
    expect(resource(id).Properties).toMatchObject({
      FunctionName: name,
      PackageType: "Image",
      Code: { ImageUri: required[image as keyof typeof required] },
      Architectures: ["arm64"],
      MemorySize: 512,
      Timeout: 30,
      Role: { "Fn::GetAtt": [role, "Arn"] },
      LoggingConfig: { LogGroup: { Ref: logGroup } },
    });
  });

  it("gives the agent its parameter name, environment and model", () => {
    expect(resource("AgentFunction").Properties?.Environment).toEqual({
      Variables: {
        SSM_PARAMETER_NAME: "/trip-assistant/dev/openai-api-key",
        ENVIRONMENT: "dev",
        OPENAI_MODEL: "gpt-4o-mini",
      },
    });
  });

  it("points the API at the agent's `live` alias", () => {
    expect(resource("ApiFunction").Properties?.Environment).toEqual({
      Variables: {
        ENVIRONMENT: "dev",
        AGENT_FUNCTION_NAME: { Ref: "AgentFunction" },
        AGENT_QUALIFIER: "live",
      },
    });
    expect(resource("AgentLiveAlias").Properties?.Name).toBe("live");
  });

  it("keeps the function logs for 7 days, in groups named as Lambda expects", () => {
    template.resourceCountIs("AWS::Logs::LogGroup", 3);
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: 7 });
    expect(resource("AgentLogGroup").Properties?.LogGroupName).toBe("/aws/lambda/trip-assistant-agent-dev");
    expect(resource("ApiLogGroup").Properties?.LogGroupName).toBe("/aws/lambda/trip-assistant-api-dev");
  });

  it.each([
    ["AgentFunction", "AgentVersion", "AgentLiveAlias"],
    ["ApiFunction", "ApiVersion", "ApiLiveAlias"],
  ])(
    "%s gets one version and a `live` alias on it, whose properties never depend on code or parameters",
    (fn, version, alias) => {
      expect(resource(version)).toEqual({
        Type: "AWS::Lambda::Version",
        Properties: { FunctionName: { Ref: fn }, Description: expect.any(String) },
      });
      expect(resource(alias)).toEqual({
        Type: "AWS::Lambda::Alias",
        Properties: {
          FunctionName: { Ref: fn },
          FunctionVersion: { "Fn::GetAtt": [version, "Version"] },
          Name: "live",
          Description: expect.any(String),
        },
      });
      // Same properties whatever the image, model or environment: stack updates leave `live` alone.
      const other = app({
        AgentImageUri: required.ApiImageUri,
        OpenAiModel: "gpt-4.1",
        AllowLocalhost: "true",
      });
      expect(other.resource(alias)).toEqual(resource(alias));
      expect(other.resource(version)).toEqual(resource(version));
    },
  );
});

describe("app.yaml: function permissions", () => {
  const { resource } = app();
  const agent = statementsOf(resource("AgentRole"));
  const api = statementsOf(resource("ApiRole"));
  const parameterArn = `arn:aws:ssm:${region}:${account}:parameter/trip-assistant/dev/openai-api-key`;

  it("only Lambda assumes the function roles", () => {
    for (const role of ["AgentRole", "ApiRole"]) {
      expect(resource(role).Properties?.AssumeRolePolicyDocument).toEqual({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
        ],
      });
    }
  });

  it("the agent reads only its own parameter and decrypts only through SSM for it", () => {
    expect(grantsOf(agent, "ssm:GetParameter")).toEqual([
      expect.objectContaining({ Action: "ssm:GetParameter", Resource: parameterArn }),
    ]);
    for (const action of [
      "ssm:GetParameters",
      "ssm:GetParametersByPath",
      "ssm:PutParameter",
      "lambda:InvokeFunction",
    ]) {
      expect({ action, allowed: allows(agent, action) }).toEqual({ action, allowed: false });
    }
    expect(grantsOf(agent, "kms:Decrypt")).toEqual([
      expect.objectContaining({
        Action: "kms:Decrypt",
        Condition: {
          StringEquals: {
            "kms:ViaService": `ssm.${region}.amazonaws.com`,
            "kms:EncryptionContext:PARAMETER_ARN": parameterArn,
          },
        },
      }),
    ]);
  });

  it("the API may invoke only the agent's `live` alias, and reads no parameter", () => {
    expect(grantsOf(api, "lambda:InvokeFunction")).toEqual([
      expect.objectContaining({ Action: "lambda:InvokeFunction", Resource: { Ref: "AgentLiveAlias" } }),
    ]);
    for (const action of ["ssm:GetParameter", "kms:Decrypt", "lambda:UpdateAlias"]) {
      expect({ action, allowed: allows(api, action) }).toEqual({ action, allowed: false });
    }
  });

  it("each function writes logs to its own log group only", () => {
    expect(grantsOf(agent, "logs:PutLogEvents")).toEqual([
      expect.objectContaining({ Resource: { "Fn::GetAtt": ["AgentLogGroup", "Arn"] } }),
    ]);
    expect(grantsOf(api, "logs:PutLogEvents")).toEqual([
      expect.objectContaining({ Resource: { "Fn::GetAtt": ["ApiLogGroup", "Arn"] } }),
    ]);
    expect(allows(agent, "logs:CreateLogGroup")).toBe(false);
  });
});

describe("app.yaml: HTTP API", () => {
  const { template, resource, json } = app();
  const routes = () =>
    Object.values(json.Resources)
      .filter((r) => r.Type === "AWS::ApiGatewayV2::Route")
      .map((r) => r.Properties ?? {});

  it("proxies to the API function's `live` alias with payload format 2.0", () => {
    template.resourceCountIs("AWS::ApiGatewayV2::Integration", 1);
    expect(resource("ApiIntegration").Properties).toMatchObject({
      ApiId: { Ref: "HttpApi" },
      IntegrationType: "AWS_PROXY",
      IntegrationUri: { Ref: "ApiLiveAlias" },
      PayloadFormatVersion: "2.0",
    });
  });

  it("protects $default with the JWT authorizer and leaves only health and CORS preflight open", () => {
    const target = { "Fn::Sub": "integrations/${ApiIntegration}" };
    expect(routes()).toEqual(
      expect.arrayContaining([
        { ApiId: { Ref: "HttpApi" }, RouteKey: "GET /api/health", AuthorizationType: "NONE", Target: target },
        {
          ApiId: { Ref: "HttpApi" },
          RouteKey: "OPTIONS /{proxy+}",
          AuthorizationType: "NONE",
          Target: target,
        },
        {
          ApiId: { Ref: "HttpApi" },
          RouteKey: "$default",
          AuthorizationType: "JWT",
          AuthorizerId: { Ref: "JwtAuthorizer" },
          Target: target,
        },
      ]),
    );
    expect(routes()).toHaveLength(3);
    const open = routes().filter((r) => r.AuthorizationType === "NONE");
    expect(open.every((r) => !("AuthorizerId" in r))).toBe(true);
    expect(routes().every((r) => !("AuthorizationScopes" in r))).toBe(true);
  });

  it("accepts tokens issued by this user pool for this app client only", () => {
    expect(resource("JwtAuthorizer").Properties).toEqual({
      ApiId: { Ref: "HttpApi" },
      Name: "cognito",
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: {
        Issuer: { "Fn::Sub": `https://cognito-idp.${region}.amazonaws.com/\${UserPool}` },
        Audience: [{ Ref: "UserPoolClient" }],
      },
    });
  });

  it("auto-deploys the $default stage with access logs and throttling", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      ApiId: { Ref: "HttpApi" },
      StageName: "$default",
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: { "Fn::GetAtt": ["AccessLogGroup", "Arn"] },
        Format: Match.stringLikeRegexp("\\$context\\.requestId"),
      },
      DefaultRouteSettings: { ThrottlingBurstLimit: Match.anyValue(), ThrottlingRateLimit: Match.anyValue() },
    });
    const format = String(
      (resource("DefaultStage").Properties?.AccessLogSettings as { Format: string }).Format,
    );
    expect(() => JSON.parse(format)).not.toThrow();
  });

  it("allows CORS from the web app only, plus localhost when asked", () => {
    const cors = (allowLocalhost: string) =>
      app({ AllowLocalhost: allowLocalhost }).resource("HttpApi").Properties?.CorsConfiguration as {
        AllowOrigins: string[];
      };
    expect(cors("false").AllowOrigins).toEqual([required.FrontendUrl]);
    expect(cors("true").AllowOrigins).toEqual([required.FrontendUrl, "http://localhost:*"]);
    expect(cors("false")).toMatchObject({ AllowHeaders: expect.arrayContaining(["authorization"]) });
  });

  it("lets API Gateway invoke the API's `live` alias, from this API only", () => {
    template.resourceCountIs("AWS::Lambda::Permission", 1);
    expect(resource("ApiInvokePermission").Properties).toEqual({
      Action: "lambda:InvokeFunction",
      FunctionName: { Ref: "ApiLiveAlias" },
      Principal: "apigateway.amazonaws.com",
      SourceArn: { "Fn::Sub": `arn:aws:execute-api:${region}:${account}:\${HttpApi}/*` },
    });
  });
});

describe("app.yaml: Cognito", () => {
  it("signs in with email, 8-character passwords, verified email, recovery by email only", () => {
    app().template.hasResourceProperties("AWS::Cognito::UserPool", {
      UserPoolName: "trip-assistant-dev",
      UsernameAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 8 }) },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
    });
  });

  it("keeps the user pool (and the family's accounts) when it is replaced or the stack is deleted", () => {
    app().template.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
  });

  it("hosts the sign-in UI on the given domain prefix", () => {
    app({ CognitoDomainPrefix: "smith-family-trip" }).template.hasResourceProperties(
      "AWS::Cognito::UserPoolDomain",
      {
        Domain: "smith-family-trip",
        UserPoolId: { Ref: "UserPool" },
      },
    );
  });

  it("has a public code-flow client with the web app's callback and sign-out URLs and the seed's token lifetimes", () => {
    const client = app().resource("UserPoolClient").Properties;
    expect(client).toMatchObject({
      UserPoolId: { Ref: "UserPool" },
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ["code"],
      AllowedOAuthScopes: ["openid", "email", "profile"],
      SupportedIdentityProviders: ["COGNITO"],
      CallbackURLs: [`${required.FrontendUrl}/`, `${required.FrontendUrl}/callback`],
      LogoutURLs: [`${required.FrontendUrl}/`],
      AccessTokenValidity: 1,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
    });
    expect(client?.ExplicitAuthFlows).not.toContain("ALLOW_USER_PASSWORD_AUTH");
  });

  it("adds localhost callback and sign-out URLs only when AllowLocalhost is true", () => {
    const client = app({ AllowLocalhost: "true" }).resource("UserPoolClient").Properties;
    expect(client?.CallbackURLs).toEqual(expect.arrayContaining(["http://localhost:5173/"]));
    expect(client?.LogoutURLs).toEqual([`${required.FrontendUrl}/`, "http://localhost:5173/"]);
  });

  it("offers Google sign-in only when both its client id and secret are given", () => {
    const partials: Record<string, string>[] = [
      {},
      { GoogleClientId: google.GoogleClientId },
      { GoogleClientSecret: "GOCSPX-x" },
    ];
    for (const partial of partials) {
      const { template, resource } = app(partial);
      template.resourceCountIs("AWS::Cognito::UserPoolIdentityProvider", 0);
      expect(resource("UserPoolClient").Properties?.SupportedIdentityProviders).toEqual(["COGNITO"]);
      template.hasOutput("GoogleSignIn", { Value: "false" });
    }
    const { template, resource } = app(google);
    template.hasResourceProperties("AWS::Cognito::UserPoolIdentityProvider", {
      UserPoolId: { Ref: "UserPool" },
      ProviderName: "Google",
      ProviderType: "Google",
      ProviderDetails: {
        client_id: google.GoogleClientId,
        client_secret: google.GoogleClientSecret,
        authorize_scopes: "openid email profile",
      },
    });
    expect(resource("UserPoolClient").Properties?.SupportedIdentityProviders).toEqual([
      "COGNITO",
      { Ref: "GoogleIdentityProvider" },
    ]);
    template.hasOutput("GoogleSignIn", { Value: "true" });
  });

  it("never echoes the Google secret, nor puts it in an output", () => {
    const raw = loadTemplate("app");
    expect(raw.Parameters?.GoogleClientSecret?.NoEcho).toBe(true);
    expect(JSON.stringify(app(google).json.Outputs)).not.toContain(google.GoogleClientSecret);
  });
});

describe("app.yaml: parameters and outputs", () => {
  it("rejects parameter values of the wrong shape", () => {
    expect(() => app({ FrontendUrl: "http://d1.cloudfront.net" })).toThrow(/FrontendUrl/);
    expect(() => app({ FrontendUrl: "https://d1.cloudfront.net/" })).toThrow(/FrontendUrl/);
    expect(() => app({ AgentImageUri: "docker.io/library/node:20" })).toThrow(/AgentImageUri/);
    expect(() => app({ OpenAiKeyParameterName: "openai-api-key" })).toThrow(/OpenAiKeyParameterName/);
    expect(() => app({ AllowLocalhost: "yes" })).toThrow(/AllowLocalhost/);
    expect(() => app({ CognitoDomainPrefix: "-bad-" })).toThrow(/CognitoDomainPrefix/);
  });

  it("publishes what the pipeline and the web app's config.json need", () => {
    const { template } = app();
    template.hasOutput("ApiUrl", { Value: { "Fn::GetAtt": ["HttpApi", "ApiEndpoint"] } });
    template.hasOutput("AgentFunctionName", { Value: { Ref: "AgentFunction" } });
    template.hasOutput("ApiFunctionName", { Value: { Ref: "ApiFunction" } });
    template.hasOutput("AgentAliasArn", { Value: { Ref: "AgentLiveAlias" } });
    template.hasOutput("ApiAliasArn", { Value: { Ref: "ApiLiveAlias" } });
    template.hasOutput("UserPoolId", { Value: { Ref: "UserPool" } });
    template.hasOutput("UserPoolClientId", { Value: { Ref: "UserPoolClient" } });
    template.hasOutput("UserPoolDomain", {
      Value: { "Fn::Sub": `\${UserPoolDomain}.auth.${region}.amazoncognito.com` },
    });
    template.hasOutput("UserPoolIssuer", {
      Value: { "Fn::Sub": `https://cognito-idp.${region}.amazonaws.com/\${UserPool}` },
    });
  });

  it("uses the same issuer for the authorizer as it publishes for the web app", () => {
    const { json } = app();
    const issuer = (json.Resources.JwtAuthorizer?.Properties?.JwtConfiguration as { Issuer: unknown }).Issuer;
    expect(json.Outputs?.UserPoolIssuer?.Value).toEqual(issuer);
  });
});
