import { Match } from "aws-cdk-lib/assertions";
import {
  actionsOf,
  allows,
  deployed,
  grantsOf,
  resourcesOf,
  statementsOf,
  trustStatements,
} from "./templates";
import type { Statement } from "./templates";

const github = { GitHubOwner: "family-org", GitHubRepo: "trip-assistant" };
const account = "123456789012";
const region = "us-east-2";

function bootstrap(parameters: Record<string, string> = {}) {
  const { json, template } = deployed("bootstrap", { parameters: { ...github, ...parameters } });
  const resource = (id: string) => {
    const r = json.Resources[id];
    if (!r) throw new Error(`no resource ${id}`);
    return r;
  };
  return { json, template, resource };
}

const subjects = (statement: Statement | undefined) =>
  [statement?.Condition?.StringEquals?.["token.actions.githubusercontent.com:sub"]].flat();

describe("bootstrap.yaml: GitHub OIDC trust", () => {
  it("creates the GitHub OIDC provider when no existing one is given, trusting STS as audience", () => {
    const { template, resource } = bootstrap();
    template.hasResourceProperties("AWS::IAM::OIDCProvider", {
      Url: "https://token.actions.githubusercontent.com",
      ClientIdList: ["sts.amazonaws.com"],
    });
    for (const role of ["DeployRole", "PreviewRole"]) {
      expect(trustStatements(resource(role))[0]?.Principal).toEqual({
        Federated: { Ref: "GitHubOidcProvider" },
      });
    }
  });

  it("uses an existing provider instead of creating a second one", () => {
    const existing = `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`;
    const { template, resource } = bootstrap({ ExistingOidcProviderArn: existing });
    template.resourceCountIs("AWS::IAM::OIDCProvider", 0);
    for (const role of ["DeployRole", "PreviewRole"]) {
      expect(trustStatements(resource(role))[0]?.Principal).toEqual({ Federated: existing });
    }
  });

  it("rejects an ARN that is not the GitHub provider's", () => {
    expect(() =>
      bootstrap({ ExistingOidcProviderArn: `arn:aws:iam::${account}:oidc-provider/example.com` }),
    ).toThrow(/ExistingOidcProviderArn/);
  });

  it("lets only pushes to main of this repository assume the deploy role", () => {
    const [statement, ...others] = trustStatements(bootstrap().resource("DeployRole"));
    expect(others).toEqual([]);
    expect(statement).toMatchObject({ Effect: "Allow", Action: "sts:AssumeRoleWithWebIdentity" });
    expect(Object.keys(statement?.Condition ?? {})).toEqual(["StringEquals"]);
    expect(statement?.Condition?.StringEquals?.["token.actions.githubusercontent.com:aud"]).toBe(
      "sts.amazonaws.com",
    );
    expect(subjects(statement)).toEqual(["repo:family-org/trip-assistant:ref:refs/heads/main"]);
  });

  it("adds the named GitHub environment to the deploy role's subjects when given", () => {
    const [statement] = trustStatements(
      bootstrap({ GitHubEnvironment: "production" }).resource("DeployRole"),
    );
    expect(subjects(statement)).toEqual([
      "repo:family-org/trip-assistant:ref:refs/heads/main",
      "repo:family-org/trip-assistant:environment:production",
    ]);
  });

  it("lets only pull requests of this repository assume the preview role", () => {
    const [statement, ...others] = trustStatements(bootstrap().resource("PreviewRole"));
    expect(others).toEqual([]);
    expect(statement?.Condition).toEqual({
      StringEquals: {
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        "token.actions.githubusercontent.com:sub": "repo:family-org/trip-assistant:pull_request",
      },
    });
  });

  it("lets only CloudFormation assume the execution role", () => {
    expect(trustStatements(bootstrap().resource("ExecutionRole"))).toEqual([
      { Effect: "Allow", Principal: { Service: "cloudformation.amazonaws.com" }, Action: "sts:AssumeRole" },
    ]);
  });
});

describe("bootstrap.yaml: what each role may do", () => {
  const { resource } = bootstrap();
  const deploy = statementsOf(resource("DeployRole"));
  const preview = statementsOf(resource("PreviewRole"));
  const stacks = `arn:aws:cloudformation:${region}:${account}:stack/trip-assistant-*-dev/*`;
  const parameterArn = `arn:aws:ssm:${region}:${account}:parameter/trip-assistant/dev/openai-api-key`;

  it("the preview role can never execute a change set or change infrastructure", () => {
    for (const action of [
      "cloudformation:ExecuteChangeSet",
      "cloudformation:CreateStack",
      "cloudformation:UpdateStack",
      "cloudformation:DeleteStack",
      "cloudformation:ContinueUpdateRollback",
      "cloudformation:ImportStacksToStackSet",
      "lambda:UpdateFunctionCode",
      "lambda:UpdateAlias",
      "s3:PutObject",
      "ecr:PutImage",
      "ssm:PutParameter",
      "iam:PutRolePolicy",
    ]) {
      expect({ action, allowed: allows(preview, action) }).toEqual({ action, allowed: false });
    }
    const everything = preview.filter((s) => s.Effect === "Allow").flatMap(actionsOf);
    expect(new Set(everything)).toEqual(
      new Set([
        "cloudformation:CreateChangeSet",
        "cloudformation:DescribeChangeSet",
        "cloudformation:DeleteChangeSet",
        "cloudformation:ListChangeSets",
        "cloudformation:DescribeStacks",
        "cloudformation:DescribeStackEvents",
        "cloudformation:DescribeStackResources",
        "cloudformation:ListStackResources",
        "cloudformation:GetTemplate",
        "cloudformation:GetTemplateSummary",
        "cloudformation:ValidateTemplate",
        "iam:PassRole",
      ]),
    );
  });

  it("the preview role works on this project's stacks only", () => {
    const [grant] = grantsOf(preview, "cloudformation:CreateChangeSet");
    expect(resourcesOf(grant as Statement)).toEqual([stacks]);
  });

  it("both GitHub roles may pass the execution role, to CloudFormation only, and no other role", () => {
    for (const statements of [deploy, preview]) {
      const passes = grantsOf(statements, "iam:PassRole");
      expect(passes).toHaveLength(1);
      expect(passes[0]).toMatchObject({
        Resource: { "Fn::GetAtt": ["ExecutionRole", "Arn"] },
        Condition: { StringEquals: { "iam:PassedToService": "cloudformation.amazonaws.com" } },
      });
    }
  });

  it("the deploy role executes change sets on this project's stacks only", () => {
    const grants = grantsOf(deploy, "cloudformation:ExecuteChangeSet");
    expect(grants.flatMap(resourcesOf)).toEqual([stacks]);
  });

  it("the deploy role pushes to the two repositories only; the login token is the one '*'", () => {
    expect(grantsOf(deploy, "ecr:PutImage").flatMap(resourcesOf)).toEqual([
      { "Fn::GetAtt": ["AgentRepository", "Arn"] },
      { "Fn::GetAtt": ["ApiRepository", "Arn"] },
    ]);
    expect(grantsOf(deploy, "ecr:GetAuthorizationToken")).toEqual([
      expect.objectContaining({ Action: "ecr:GetAuthorizationToken", Resource: "*" }),
    ]);
  });

  it("the deploy role releases code to the project's two functions and their versions/aliases only", () => {
    for (const action of ["lambda:UpdateFunctionCode", "lambda:PublishVersion", "lambda:UpdateAlias"]) {
      expect(grantsOf(deploy, action).flatMap(resourcesOf)).toEqual([
        `arn:aws:lambda:${region}:${account}:function:trip-assistant-agent-dev`,
        `arn:aws:lambda:${region}:${account}:function:trip-assistant-agent-dev:*`,
        `arn:aws:lambda:${region}:${account}:function:trip-assistant-api-dev`,
        `arn:aws:lambda:${region}:${account}:function:trip-assistant-api-dev:*`,
      ]);
    }
    expect(allows(deploy, "lambda:CreateFunction")).toBe(false);
    expect(allows(deploy, "lambda:UpdateFunctionConfiguration")).toBe(false);
  });

  it("the deploy role writes and reads exactly the OpenAI key parameter, and encrypts only through SSM for it", () => {
    expect(grantsOf(deploy, "ssm:PutParameter").flatMap(resourcesOf)).toEqual([parameterArn]);
    expect(grantsOf(deploy, "ssm:GetParameter").flatMap(resourcesOf)).toEqual([parameterArn]);
    expect(allows(deploy, "ssm:DeleteParameter")).toBe(false);
    const [kms, ...more] = grantsOf(deploy, "kms:Encrypt");
    expect(more).toEqual([]);
    expect(kms?.Condition).toEqual({
      StringEquals: {
        "kms:ViaService": `ssm.${region}.amazonaws.com`,
        "kms:EncryptionContext:PARAMETER_ARN": parameterArn,
      },
    });
  });

  it("the deploy role manages objects of the frontend bucket only and invalidates the CDN", () => {
    const bucket = `arn:aws:s3:::trip-assistant-frontend-dev-${account}`;
    for (const action of ["s3:PutObject", "s3:DeleteObject", "s3:GetObject"]) {
      expect(grantsOf(deploy, action).flatMap(resourcesOf)).toEqual([`${bucket}/*`]);
    }
    expect(grantsOf(deploy, "s3:ListBucket").flatMap(resourcesOf)).toEqual([bucket]);
    expect(allows(deploy, "s3:PutBucketPolicy")).toBe(false);
    expect(grantsOf(deploy, "cloudfront:CreateInvalidation").flatMap(resourcesOf)).toEqual([
      `arn:aws:cloudfront::${account}:distribution/*`,
    ]);
    expect(grantsOf(deploy, "apigateway:GET")).toHaveLength(1);
    expect(allows(deploy, "apigateway:POST")).toBe(false);
  });

  it("the execution role is confined to this project's names where AWS allows it", () => {
    const exec = statementsOf(resource("ExecutionRole"));
    expect(grantsOf(exec, "iam:CreateRole").flatMap(resourcesOf)).toEqual([
      `arn:aws:iam::${account}:role/trip-assistant-*-dev`,
    ]);
    expect(grantsOf(exec, "iam:PassRole")).toEqual([
      expect.objectContaining({
        Resource: [
          `arn:aws:iam::${account}:role/trip-assistant-agent-dev`,
          `arn:aws:iam::${account}:role/trip-assistant-api-dev`,
        ],
        Condition: { StringEquals: { "iam:PassedToService": "lambda.amazonaws.com" } },
      }),
    ]);
    expect(grantsOf(exec, "lambda:CreateFunction").flatMap(resourcesOf)).toEqual([
      `arn:aws:lambda:${region}:${account}:function:trip-assistant-*-dev`,
      `arn:aws:lambda:${region}:${account}:function:trip-assistant-*-dev:*`,
    ]);
    expect(grantsOf(exec, "s3:CreateBucket").flatMap(resourcesOf)).toEqual([
      `arn:aws:s3:::trip-assistant-frontend-dev-${account}`,
    ]);
    expect(allows(exec, "iam:CreateUser")).toBe(false);
    expect(allows(exec, "iam:CreatePolicyVersion")).toBe(false);
    expect(allows(exec, "s3:GetObject")).toBe(false);
    expect(allows(exec, "ssm:GetParameter")).toBe(false);
  });
});

describe("bootstrap.yaml: image repositories", () => {
  it("creates the two repositories, scanning on push and keeping the last 10 images", () => {
    const { template, json } = bootstrap();
    template.resourceCountIs("AWS::ECR::Repository", 2);
    for (const name of ["trip-assistant-agent-dev", "trip-assistant-api-dev"]) {
      template.hasResourceProperties("AWS::ECR::Repository", {
        RepositoryName: name,
        ImageScanningConfiguration: { ScanOnPush: true },
        LifecyclePolicy: { LifecyclePolicyText: Match.anyValue() },
      });
    }
    for (const id of ["AgentRepository", "ApiRepository"]) {
      const text = (json.Resources[id]?.Properties?.LifecyclePolicy as { LifecyclePolicyText: string })
        .LifecyclePolicyText;
      expect(JSON.parse(text)).toEqual({
        rules: [
          {
            rulePriority: 1,
            description: "Keep the last 10 images",
            selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: 10 },
            action: { type: "expire" },
          },
        ],
      });
    }
  });

  it("empties repositories on stack deletion in dev only", () => {
    bootstrap().template.allResourcesProperties("AWS::ECR::Repository", { EmptyOnDelete: true });
    bootstrap({ Environment: "prod" }).template.allResourcesProperties("AWS::ECR::Repository", {
      EmptyOnDelete: false,
    });
  });
});

describe("bootstrap.yaml: outputs", () => {
  it("publishes the names other stacks and the pipeline rely on", () => {
    const { template } = bootstrap({ ProjectName: "family-trip", Environment: "prod" });
    for (const name of [
      "DeployRoleArn",
      "PreviewRoleArn",
      "ExecutionRoleArn",
      "AgentRepositoryUri",
      "ApiRepositoryUri",
      "AgentRepositoryName",
      "ApiRepositoryName",
    ]) {
      template.hasOutput(name, { Value: Match.anyValue() });
    }
    template.hasOutput("OpenAiKeyParameterName", { Value: "/family-trip/prod/openai-api-key" });
    template.hasOutput("AgentRepositoryUri", {
      Value: { "Fn::GetAtt": ["AgentRepository", "RepositoryUri"] },
    });
  });

  it("does not create the OpenAI key parameter (CloudFormation cannot create a SecureString)", () => {
    bootstrap().template.resourceCountIs("AWS::SSM::Parameter", 0);
  });
});
