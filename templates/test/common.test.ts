// Rules every template follows: parameter shapes, size, and no wildcard grants.
import { readFileSync } from "node:fs";
import { actionsOf, allPolicies, loadTemplate, resourcesOf, templateNames, templatePath } from "./templates";

// Actions AWS authorizes only against "*" (no resource type), each explained in the template.
const allowedOnAnyResource = new Set([
  "ecr:GetAuthorizationToken",
  "cloudformation:ValidateTemplate",
  "cloudformation:GetTemplateSummary",
  "cloudfront:CreateDistribution",
  "cloudfront:CreateOriginAccessControl",
  "cloudfront:CreateResponseHeadersPolicy",
  "logs:DescribeLogGroups",
  "logs:CreateLogDelivery",
  "logs:GetLogDelivery",
  "logs:UpdateLogDelivery",
  "logs:DeleteLogDelivery",
  "logs:ListLogDeliveries",
  "logs:PutResourcePolicy",
  "logs:DescribeResourcePolicies",
  "cognito-idp:CreateUserPool",
  "cognito-idp:DescribeUserPoolDomain",
]);

describe.each(templateNames)("%s.yaml", (name) => {
  const template = loadTemplate(name);
  const text = readFileSync(templatePath(name), "utf8");

  it("fits CloudFormation's inline template limit (51,200 bytes)", () => {
    expect(Buffer.byteLength(text)).toBeLessThan(51_200);
  });

  it("has a description", () => {
    expect(template.AWSTemplateFormatVersion).toBe("2010-09-09");
    expect(template.Description).toEqual(expect.any(String));
  });

  it("describes every parameter and constrains its shape", () => {
    for (const [param, spec] of Object.entries(template.Parameters ?? {})) {
      expect({ param, description: typeof spec.Description }).toEqual({ param, description: "string" });
      expect({ param, constrained: "AllowedPattern" in spec || "AllowedValues" in spec }).toEqual({
        param,
        constrained: true,
      });
    }
  });

  it("declares ProjectName and Environment exactly like the other stacks", () => {
    const bootstrap = loadTemplate("bootstrap").Parameters ?? {};
    expect(template.Parameters?.ProjectName).toEqual(bootstrap.ProjectName);
    expect(template.Parameters?.Environment).toEqual(bootstrap.Environment);
    expect(template.Parameters?.ProjectName?.Default).toBe("trip-assistant");
    expect(template.Parameters?.Environment?.Default).toBe("dev");
  });

  it("grants no wildcard action, and '*' resources only for actions AWS cannot scope", () => {
    for (const { id, statements } of allPolicies(template)) {
      for (const statement of statements.filter((s) => s.Effect === "Allow")) {
        const where = `${id} ${statement.Sid ?? ""}`;
        expect({ where, notAction: statement.NotAction, notResource: statement.NotResource }).toEqual({
          where,
        });
        for (const action of actionsOf(statement)) {
          expect({ where, action, wildcard: action === "*" || action.endsWith(":*") }).toEqual({
            where,
            action,
            wildcard: false,
          });
        }
        if (resourcesOf(statement).includes("*")) {
          expect({ where, resources: resourcesOf(statement) }).toEqual({ where, resources: ["*"] });
          for (const action of actionsOf(statement)) {
            expect({ where, action, scopeable: !allowedOnAnyResource.has(action) }).toEqual({
              where,
              action,
              scopeable: false,
            });
          }
        }
      }
    }
  });

  it("explains each '*' resource with a comment just above its statement", () => {
    const lines = text.split("\n");
    lines.forEach((line, index) => {
      if (!/Resource: "\*"/.test(line)) return;
      const statementStart = lines.slice(0, index).findLastIndex((l) => /^\s*- Sid:/.test(l));
      expect({ line: index + 1, comment: lines[statementStart - 1]?.trim().startsWith("#") }).toEqual({
        line: index + 1,
        comment: true,
      });
    });
  });
});
