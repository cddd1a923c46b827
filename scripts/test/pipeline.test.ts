import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkFile, loadActionSpecs, pipelineFiles } from "../pipeline/model";

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "pipeline-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const deployStack = `
name: deploy-stack
inputs:
  stack-name: { required: true, description: x }
  template: { required: true, description: x }
  mode: { required: false, default: deploy, description: x }
outputs:
  stack-id: { description: x }
runs: { using: node24, main: dist/index.js }
`;
const template = `
Parameters:
  Env: { Type: String, Default: dev }
Resources:
  Bucket: { Type: AWS::S3::Bucket }
Outputs:
  BucketName:
    Value: !Ref Bucket
`;

describe("workflow and action consistency check", () => {
  test("passes a workflow whose steps match the actions they use", () => {
    const root = repo({
      "actions/deploy-stack/action.yml": deployStack,
      "templates/frontend.yaml": template,
      ".github/workflows/deploy.yml": `
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - id: frontend
        uses: ./actions/deploy-stack
        with:
          stack-name: web
          template: templates/frontend.yaml
      - run: echo "\${{ steps.frontend.outputs.BucketName }} \${{ steps.frontend.outputs.stack-id }} \${{ steps.meta.outputs.sha }}"
      - id: meta
        run: echo "sha=abc" >> "$GITHUB_OUTPUT"
`,
    });
    const specs = loadActionSpecs(root);
    expect(pipelineFiles(root).flatMap((f) => checkFile(root, f, specs))).toEqual([]);
  });

  test("finds unknown inputs, missing required inputs and outputs nobody produces", () => {
    const root = repo({
      "actions/deploy-stack/action.yml": deployStack,
      "templates/frontend.yaml": template,
      ".github/workflows/deploy.yml": `
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - id: frontend
        uses: ./actions/deploy-stack
        with:
          template: templates/frontend.yaml
          stack_name: web
      - run: echo "\${{ steps.frontend.outputs.DistributionId }} \${{ steps.nope.outputs.x }} \${{ steps.meta.outputs.other }}"
      - id: meta
        run: echo "sha=abc" >> "$GITHUB_OUTPUT"
`,
    });
    const problems = checkFile(root, ".github/workflows/deploy.yml", loadActionSpecs(root));
    expect(problems).toEqual([
      '.github/workflows/deploy.yml job deploy step frontend: actions/deploy-stack has no input "stack_name"',
      '.github/workflows/deploy.yml job deploy step frontend: required input "stack-name" of actions/deploy-stack is not passed',
      ".github/workflows/deploy.yml job deploy step 2: reads steps.frontend.outputs.DistributionId, which actions/deploy-stack does not declare and templates/frontend.yaml does not output",
      '.github/workflows/deploy.yml job deploy step 2: reads steps.nope.outputs.x, but job deploy has no step with id "nope"',
      '.github/workflows/deploy.yml job deploy step 2: reads steps.meta.outputs.other, which the run step "meta" never writes to $GITHUB_OUTPUT',
    ]);
  });

  test("checks composite steps that run a bundled action with INPUT_ variables", () => {
    const root = repo({
      "actions/deploy-stack/action.yml": deployStack,
      "templates/frontend.yaml": template,
      ".github/workflows/noop.yml": "on: push\njobs: {}\n",
      "action.yml": `
name: pipeline
outputs:
  bucket:
    value: \${{ steps.frontend.outputs.BucketName }}
  missing:
    value: \${{ steps.frontend.outputs.Nope }}
runs:
  using: composite
  steps:
    - id: frontend
      shell: bash
      run: node "$GITHUB_ACTION_PATH/actions/deploy-stack/dist/index.js"
      env:
        INPUT_TEMPLATE: \${{ github.action_path }}/templates/frontend.yaml
        INPUT_MODE: preview
        INPUT_COLOUR: blue
`,
    });
    expect(checkFile(root, "action.yml", loadActionSpecs(root))).toEqual([
      'action.yml job (composite) step frontend: actions/deploy-stack has no input "colour"',
      'action.yml job (composite) step frontend: required input "stack-name" of actions/deploy-stack is not passed',
      "action.yml outputs: reads steps.frontend.outputs.Nope, which actions/deploy-stack does not declare and templates/frontend.yaml does not output",
    ]);
  });

  test("every workflow and the root action in this repository pass", () => {
    const root = process.cwd();
    const specs = loadActionSpecs(root);
    expect(pipelineFiles(root).flatMap((f) => checkFile(root, f, specs))).toEqual([]);
  });
});
