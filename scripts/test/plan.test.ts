import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { plan } from "../pipeline/plan";

describe("pipeline plan (dry run of the deploy order)", () => {
  test("this repository's pipeline feeds every stack parameter from an earlier step, an input or a default", () => {
    const lines = plan(process.cwd());
    expect(lines.join("\n")).not.toContain("NOT GIVEN");
    const order = lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/^\d+\. /, ""));
    const at = (text: string) => order.findIndex((l) => l.includes(text));
    // Stack order from the design: bootstrap → frontend → images → app → aliases → web → ping.
    const sequence = [
      "bootstrap stack",
      "frontend stack",
      "agent image",
      "API image",
      "app stack",
      "agent's live",
      "API's live",
      "Publish the web app",
      "chain",
    ].map(at);
    expect(sequence.every((i) => i >= 0)).toBe(true);
    expect([...sequence].sort((a, b) => a - b)).toEqual(sequence);
    expect(lines).toContain(
      '       AgentImageUri ← output image-uri of step "agent-image" (actions/push-image) — on update keeps its previous value',
    );
    expect(lines).toContain(
      '       FrontendUrl ← output CloudFrontUrl of step "frontend" (actions/deploy-stack)',
    );
  });

  test("a required template parameter nobody passes is called out", () => {
    const root = mkdtempSync(join(tmpdir(), "plan-"));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write(
      "templates/app.yaml",
      "Parameters:\n  ImageUri: { Type: String }\n  Env: { Type: String, Default: dev }\nResources: {}\n",
    );
    write(
      "action.yml",
      `name: p
inputs:
  environment: { default: dev }
runs:
  using: composite
  steps:
    - id: app
      name: Deploy app
      shell: bash
      run: node "$GITHUB_ACTION_PATH/actions/deploy-stack/dist/index.js"
      env:
        INPUT_STACK-NAME: app-\${{ inputs.environment }}
        INPUT_TEMPLATE: templates/app.yaml
`,
    );
    expect(plan(root)).toEqual([
      "1. Deploy app — actions/deploy-stack",
      '     stack "app-…" with … = pipeline input environment (default "dev") from templates/app.yaml',
      "       ImageUri ← NOT GIVEN (required by the template)",
      '       Env ← template default "dev"',
    ]);
  });
});
