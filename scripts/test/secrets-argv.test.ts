import { loadFile, pipelineFiles, stepsOf } from "../pipeline/model";
import type { Step } from "../pipeline/model";
import { leaks, traceStep } from "../pipeline/trace";

const root = process.cwd();

function envOf(file: string, step: Step): Record<string, string> {
  const doc = loadFile(root, file);
  const raw = JSON.parse(step.text) as { env?: Record<string, unknown> };
  return Object.fromEntries(
    Object.entries({ ...(doc.env as Record<string, unknown> | undefined), ...raw.env }).map(([k, v]) => [
      k,
      String(v),
    ]),
  );
}

const runSteps = pipelineFiles(root).flatMap((file) =>
  stepsOf(file, loadFile(root, file))
    .filter((step) => step.run !== undefined)
    .map((step) => ({ file, step })),
);

describe("no secret on a process's command line", () => {
  it('catches a secret passed as an argument (the old `jq --arg value "$OPENAI_API_KEY"`)', () => {
    const step: Step = {
      file: "fixture",
      job: "j",
      index: 0,
      id: "openai-key",
      inputs: {},
      text: "{}",
      run: `request="$(mktemp)"\njq -n --arg value "$OPENAI_API_KEY" '{Value: $value}' > "$request"\naws ssm put-parameter --cli-input-json "file://$request"`,
    };
    const trace = traceStep(step, { OPENAI_API_KEY: "${{ inputs.openai-api-key }}" });
    expect(trace.status).toBe(0);
    expect(leaks(trace)).toEqual([
      "openai-key: jq -n --arg value SENTINEL_INPUTS_OPENAI_API_KEY_SENTINEL {Value: $value}",
    ]);
  });

  it("catches a secret expression written straight into a script", () => {
    const step: Step = {
      file: "fixture",
      job: "j",
      index: 0,
      id: "call",
      inputs: {},
      text: "{}",
      run: 'curl -H "Authorization: Bearer ${{ secrets.TOKEN }}" https://example.com',
    };
    expect(leaks(traceStep(step))).toEqual([
      "call: curl -H Authorization: Bearer SENTINEL_SECRETS_TOKEN_SENTINEL https://example.com",
    ]);
  });

  it.each(
    runSteps.map(
      ({ file, step }) => [`${file} ${step.id ?? step.name ?? step.index + 1}`, file, step] as const,
    ),
  )("%s puts no secret on any argv", (_label, file, step) => {
    const trace = traceStep(step, envOf(file, step));
    expect(trace.stderr).not.toMatch(/command not found/);
    expect(leaks(trace)).toEqual([]);
  });

  it("really runs the OpenAI key step down to the write (jq reads the key from $ENV)", () => {
    const found = runSteps.find(({ file, step }) => file === "action.yml" && step.id === "openai-key");
    expect(found).toBeDefined();
    const { file, step } = found as { file: string; step: Step };
    const trace = traceStep(step, envOf(file, step));
    expect(trace.status).toBe(0);
    const names = trace.commands.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["aws", "jq"]));
    expect(trace.commands.map((argv) => argv.slice(0, 3).join(" "))).toContain("aws ssm put-parameter");
  });
});
