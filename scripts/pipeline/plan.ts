// `npm run pipeline:plan`: a dry run of the deploy order, without AWS. Reads the root
// composite action (the pipeline deploy.yml runs) and prints each step, the stacks it
// deploys, and where every input and stack parameter comes from: an earlier step's output,
// a pipeline input, the GitHub context, or the template's default.
import { join } from "node:path";
import { loadFile, stepsOf, templateOf, type Step } from "./model";
import { templateParameters } from "./template";
import { parseKeyValueLines } from "../../actions/lib/src/inputs";

interface PipelineInput {
  description?: string;
  default?: string;
}

const EXPRESSION = /\$\{\{\s*(.+?)\s*\}\}/g;

/** Explains each `${{ … }}` in a value in words, keeping any literal text around it. */
export function explain(value: string, steps: Step[], inputs: Record<string, PipelineInput>): string {
  if (!EXPRESSION.test(value)) return JSON.stringify(value);
  EXPRESSION.lastIndex = 0;
  const sources = [...value.matchAll(EXPRESSION)].map(([, expression = ""]) => {
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) {
      const producer = steps.find((s) => s.id === output[1]);
      return `output ${output[2]} of step "${output[1]}"${producer?.action ? ` (${producer.action})` : ""}`;
    }
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) {
      const fallback = inputs[input[1] ?? ""]?.default;
      return `pipeline input ${input[1]}${fallback !== undefined ? ` (default ${JSON.stringify(fallback)})` : ""}`;
    }
    return expression.startsWith("github.") ? `GitHub context ${expression}` : `expression ${expression}`;
  });
  const literal = value.replace(EXPRESSION, "…").trim();
  return literal === "…" ? sources.join(", ") : `${JSON.stringify(literal)} with … = ${sources.join(", ")}`;
}

export function plan(root: string, file = "action.yml"): string[] {
  const doc = loadFile(root, file);
  const inputs = (doc.inputs ?? {}) as Record<string, PipelineInput>;
  const steps = stepsOf(file, doc);
  const lines: string[] = [];
  steps.forEach((step, index) => {
    lines.push(
      `${index + 1}. ${step.name ?? step.id ?? "(unnamed step)"}${step.action ? ` — ${step.action}` : " — shell"}`,
    );
    if (!step.action) return;
    const given = { ...step.inputs };
    if (step.action === "actions/deploy-stack") {
      const template = templateOf(step);
      const keep = new Set((given["keep-previous"] ?? "").split(/[\s,]+/).filter(Boolean));
      const passed = new Map(parseKeyValueLines("parameters", given.parameters ?? ""));
      lines.push(`     stack ${explain(given["stack-name"] ?? "", steps, inputs)} from ${template}`);
      for (const parameter of template ? templateParameters(join(root, template)) : []) {
        const value = passed.get(parameter.name);
        const source =
          value !== undefined
            ? explain(value, steps, inputs)
            : parameter.default !== undefined
              ? `template default ${JSON.stringify(parameter.default)}`
              : "NOT GIVEN (required by the template)";
        const kept = keep.has(parameter.name) ? " — on update keeps its previous value" : "";
        lines.push(`       ${parameter.name} ← ${source}${kept}`);
      }
      delete given.parameters;
      delete given["stack-name"];
      delete given.template;
      delete given["keep-previous"];
    }
    for (const [name, value] of Object.entries(given)) {
      lines.push(`     ${name} ← ${explain(value, steps, inputs)}`);
    }
  });
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log("Deploy order (action.yml, run by .github/workflows/deploy.yml); nothing is called:\n");
  console.log(plan(process.cwd()).join("\n"));
}
