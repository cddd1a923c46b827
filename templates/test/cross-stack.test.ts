// The bootstrap roles are written before the other stacks exist: check that the names the
// frontend and app stacks create are exactly the ones those roles were scoped to.
import { arnMatches, deployed, grantsOf, resourcesOf, statementsOf } from "./templates";
import type { Statement } from "./templates";

const account = "210987654321";
const region = "eu-west-1";
const common = { ProjectName: "family-trip", Environment: "prod" };
const deployment = (parameters: Record<string, string>) => ({
  parameters: { ...common, ...parameters },
  region,
  accountId: account,
});

const bootstrap = deployed("bootstrap", deployment({ GitHubOwner: "o", GitHubRepo: "r" })).json;
const frontend = deployed("frontend", deployment({})).json;
const app = deployed(
  "app",
  deployment({
    AgentImageUri: `${account}.dkr.ecr.${region}.amazonaws.com/family-trip-agent-prod:1`,
    ApiImageUri: `${account}.dkr.ecr.${region}.amazonaws.com/family-trip-api-prod:1`,
    OpenAiKeyParameterName: String(bootstrap.Outputs?.OpenAiKeyParameterName?.Value),
    FrontendUrl: "https://d1.cloudfront.net",
  }),
).json;

const resource = (template: typeof app, id: string) => {
  const found = template.Resources[id];
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};
const deploy = statementsOf(resource(bootstrap, "DeployRole"));
const exec = statementsOf(resource(bootstrap, "ExecutionRole"));
const prop = (template: typeof app, id: string, name: string) =>
  String(template.Resources[id]?.Properties?.[name]);

/** Whether some Allow statement grants `action` on `arn`. */
const permits = (statements: Statement[], action: string, arn: string) =>
  grantsOf(statements, action).some((s) => resourcesOf(s).some((pattern) => arnMatches(pattern, arn)));

describe("bootstrap's roles fit the names the other stacks create", () => {
  it("stack names fall under the deploy role's change-set permission", () => {
    for (const stack of ["bootstrap", "frontend", "app"]) {
      const arn = `arn:aws:cloudformation:${region}:${account}:stack/family-trip-${stack}-prod/0a1b2c3d`;
      expect({ stack, ok: permits(deploy, "cloudformation:ExecuteChangeSet", arn) }).toEqual({
        stack,
        ok: true,
      });
    }
    const other = `arn:aws:cloudformation:${region}:${account}:stack/billing-app-prod/0a1b2c3d`;
    expect(permits(deploy, "cloudformation:ExecuteChangeSet", other)).toBe(false);
  });

  it("the deploy role releases code to exactly the app's functions and their `live` aliases", () => {
    for (const fn of ["AgentFunction", "ApiFunction"]) {
      const arn = `arn:aws:lambda:${region}:${account}:function:${prop(app, fn, "FunctionName")}`;
      expect(permits(deploy, "lambda:UpdateFunctionCode", arn)).toBe(true);
      expect(permits(deploy, "lambda:UpdateAlias", `${arn}:live`)).toBe(true);
    }
    expect(
      permits(deploy, "lambda:UpdateFunctionCode", `arn:aws:lambda:${region}:${account}:function:other`),
    ).toBe(false);
  });

  it("the deploy role uploads to exactly the frontend's bucket", () => {
    const bucket = prop(frontend, "FrontendBucket", "BucketName");
    expect(permits(deploy, "s3:PutObject", `arn:aws:s3:::${bucket}/index.html`)).toBe(true);
    expect(permits(deploy, "s3:ListBucket", `arn:aws:s3:::${bucket}`)).toBe(true);
    expect(permits(deploy, "s3:PutObject", `arn:aws:s3:::${bucket}-other/index.html`)).toBe(false);
  });

  it("the key parameter the deploy role writes is the one the agent reads", () => {
    const arn = `arn:aws:ssm:${region}:${account}:parameter/family-trip/prod/openai-api-key`;
    expect(permits(deploy, "ssm:PutParameter", arn)).toBe(true);
    expect(permits(statementsOf(resource(app, "AgentRole")), "ssm:GetParameter", arn)).toBe(true);
    expect(
      (app.Resources.AgentFunction?.Properties?.Environment as { Variables: Record<string, string> })
        .Variables.SSM_PARAMETER_NAME,
    ).toBe("/family-trip/prod/openai-api-key");
  });

  it("the execution role can create every named resource of the three stacks", () => {
    const role = (id: string, template = app) =>
      `arn:aws:iam::${account}:role/${prop(template, id, "RoleName")}`;
    for (const [template, id] of [
      [app, "AgentRole"],
      [app, "ApiRole"],
      [bootstrap, "DeployRole"],
      [bootstrap, "PreviewRole"],
      [bootstrap, "ExecutionRole"],
    ] as const) {
      expect({ id, ok: permits(exec, "iam:CreateRole", role(id, template)) }).toEqual({ id, ok: true });
    }
    for (const id of ["AgentRole", "ApiRole"]) {
      expect({ id, ok: permits(exec, "iam:PassRole", role(id)) }).toEqual({ id, ok: true });
    }
    for (const id of ["AgentRepository", "ApiRepository"]) {
      const arn = `arn:aws:ecr:${region}:${account}:repository/${prop(bootstrap, id, "RepositoryName")}`;
      expect({ id, ok: permits(exec, "ecr:CreateRepository", arn) }).toEqual({ id, ok: true });
    }
    for (const id of ["AgentLogGroup", "ApiLogGroup", "AccessLogGroup"]) {
      const arn = `arn:aws:logs:${region}:${account}:log-group:${prop(app, id, "LogGroupName")}`;
      expect({ id, ok: permits(exec, "logs:CreateLogGroup", arn) }).toEqual({ id, ok: true });
      expect({ id, ok: permits(exec, "logs:PutRetentionPolicy", `${arn}:*`) }).toEqual({ id, ok: true });
    }
    for (const id of ["AgentFunction", "ApiFunction"]) {
      const arn = `arn:aws:lambda:${region}:${account}:function:${prop(app, id, "FunctionName")}`;
      expect({ id, ok: permits(exec, "lambda:CreateFunction", arn) }).toEqual({ id, ok: true });
      expect({ id, ok: permits(exec, "lambda:CreateAlias", `${arn}:live`) }).toEqual({ id, ok: true });
    }
    const bucket = `arn:aws:s3:::${prop(frontend, "FrontendBucket", "BucketName")}`;
    expect(permits(exec, "s3:CreateBucket", bucket)).toBe(true);
    expect(permits(exec, "s3:PutBucketPolicy", bucket)).toBe(true);
  });

  it("the execution role cannot touch another project's roles or functions", () => {
    expect(permits(exec, "iam:PutRolePolicy", `arn:aws:iam::${account}:role/Admin`)).toBe(false);
    expect(permits(exec, "iam:PutRolePolicy", `arn:aws:iam::${account}:role/family-trip-agent-dev`)).toBe(
      false,
    );
    expect(
      permits(exec, "lambda:UpdateFunctionCode", `arn:aws:lambda:${region}:${account}:function:billing`),
    ).toBe(false);
  });
});
