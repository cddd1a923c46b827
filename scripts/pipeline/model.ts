import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { templateOutputs } from "./template";

/** What an action's `action.yml` promises: its inputs (required or defaulted) and outputs. */
export interface ActionSpec {
  path: string;
  inputs: Map<string, { required: boolean; hasDefault: boolean }>;
  outputs: Set<string>;
}

/** One step of a workflow job or of a composite action, with the action it runs, if any. */
export interface Step {
  file: string;
  job: string;
  index: number;
  id?: string;
  name?: string;
  /**
   * `actions/<name>` for `uses: ./actions/<name>` or a `node …/actions/<name>/dist/index.js`
   * run step; `.` for `uses: ./`, the root composite action.
   */
  action?: string;
  /** Inputs the step passes: `with:` for `uses`, `INPUT_*` environment for node-run steps. */
  inputs: Record<string, string>;
  /** Every string in the step, for finding expressions. */
  text: string;
  run?: string;
}

type Raw = Record<string, unknown>;

const asRecord = (value: unknown): Raw => (value && typeof value === "object" ? (value as Raw) : {});

/** Every `actions/<name>/action.yml`, keyed `actions/<name>`, and the root composite, keyed `.`. */
export function loadActionSpecs(root: string): Map<string, ActionSpec> {
  const specs = new Map<string, ActionSpec>();
  const dirs = [".", ...readdirSync(join(root, "actions")).map((name) => `actions/${name}`)];
  for (const dir of dirs) {
    const file = join(root, dir, "action.yml");
    if (!existsSync(file)) continue;
    const doc = asRecord(parse(readFileSync(file, "utf8")));
    const inputs = new Map<string, { required: boolean; hasDefault: boolean }>();
    for (const [input, spec] of Object.entries(asRecord(doc.inputs))) {
      const s = asRecord(spec);
      inputs.set(input, { required: s.required === true, hasDefault: s.default !== undefined });
    }
    specs.set(dir, {
      path: dir,
      inputs,
      outputs: new Set(Object.keys(asRecord(doc.outputs))),
    });
  }
  return specs;
}

const NODE_RUN =
  /node\s+"?\$(?:\{GITHUB_ACTION_PATH\}|GITHUB_ACTION_PATH|\{\{\s*github\.action_path\s*\}\})\/(actions\/[\w-]+)\/dist\/index\.js"?/;

function toStep(file: string, job: string, index: number, raw: Raw): Step {
  const uses = typeof raw.uses === "string" ? raw.uses : undefined;
  const run = typeof raw.run === "string" ? raw.run : undefined;
  const env = asRecord(raw.env);
  let action: string | undefined;
  let inputs: Record<string, string> = {};
  const local = uses && /^\.\/(actions\/[\w-]+)?\/?$/.exec(uses);
  if (local) {
    action = local[1] ?? ".";
    inputs = Object.fromEntries(Object.entries(asRecord(raw.with)).map(([k, v]) => [k, String(v)]));
  } else if (run && NODE_RUN.test(run)) {
    action = NODE_RUN.exec(run)?.[1];
    inputs = Object.fromEntries(
      Object.entries(env)
        .filter(([k]) => k.startsWith("INPUT_"))
        .map(([k, v]) => [k.slice("INPUT_".length).toLowerCase(), String(v)]),
    );
  }
  return {
    file,
    job,
    index,
    ...(typeof raw.id === "string" ? { id: raw.id } : {}),
    ...(typeof raw.name === "string" ? { name: raw.name } : {}),
    ...(action ? { action } : {}),
    ...(run ? { run } : {}),
    inputs,
    text: JSON.stringify(raw),
  };
}

export function loadFile(root: string, file: string): Record<string, unknown> {
  return asRecord(parse(readFileSync(join(root, file), "utf8")));
}

/** Steps of a workflow (every job) or of a composite action (`runs.steps`). */
export function loadSteps(root: string, file: string): Step[] {
  return stepsOf(file, loadFile(root, file));
}

export function stepsOf(file: string, doc: Record<string, unknown>): Step[] {
  const runs = asRecord(doc.runs);
  if (Array.isArray(runs.steps)) {
    return runs.steps.map((raw, i) => toStep(file, "(composite)", i, asRecord(raw)));
  }
  return Object.entries(asRecord(doc.jobs)).flatMap(([job, spec]) => {
    const steps = asRecord(spec).steps;
    return Array.isArray(steps) ? steps.map((raw, i) => toStep(file, job, i, asRecord(raw))) : [];
  });
}

/** The template file a deploy-stack step applies, with `${{ … }}/` prefixes (action path) removed. */
export function templateOf(step: Step): string | undefined {
  const template = step.inputs.template;
  return template?.replace(/^.*\}\}\//, "").replace(/^\$\{?GITHUB_ACTION_PATH\}?\//, "");
}

const OUTPUT_REF = /steps\.([\w-]+)\.outputs\.([\w-]+)/g;

/**
 * Problems in one workflow or composite file: inputs an action does not declare, required
 * inputs not passed, and `steps.ID.outputs.NAME` reads that the step never produces.
 */
export function checkFile(root: string, file: string, specs: Map<string, ActionSpec>): string[] {
  const doc = loadFile(root, file);
  const steps = stepsOf(file, doc);
  const problems: string[] = [];
  const where = (s: Step) => `${file} job ${s.job} step ${s.id ?? s.name ?? s.index + 1}`;
  for (const step of steps) {
    if (!step.action) continue;
    const spec = specs.get(step.action);
    if (!spec) {
      problems.push(`${where(step)}: uses ${step.action}, which has no action.yml`);
      continue;
    }
    for (const input of Object.keys(step.inputs)) {
      if (!spec.inputs.has(input)) problems.push(`${where(step)}: ${step.action} has no input "${input}"`);
    }
    for (const [input, { required, hasDefault }] of spec.inputs) {
      if (required && !hasDefault && !(input in step.inputs)) {
        problems.push(`${where(step)}: required input "${input}" of ${step.action} is not passed`);
      }
    }
  }
  for (const step of steps) {
    for (const [, id, name] of step.text.matchAll(OUTPUT_REF)) {
      problems.push(
        ...checkOutputRef(root, steps, step.job, id ?? "", name ?? "", specs).map(
          (p) => `${where(step)}: ${p}`,
        ),
      );
    }
  }
  // Composite `outputs:` and job `outputs:` read step outputs too.
  const outputSources: Array<[string, unknown]> = [
    ["(composite)", doc.outputs],
    ...Object.entries(asRecord(doc.jobs)).map(([job, spec]): [string, unknown] => [
      job,
      asRecord(spec).outputs,
    ]),
  ];
  for (const [job, outputs] of outputSources) {
    for (const [, id = "", name = ""] of JSON.stringify(outputs ?? {}).matchAll(OUTPUT_REF))
      problems.push(...checkOutputRef(root, steps, job, id, name, specs).map((p) => `${file} outputs: ${p}`));
  }
  return problems;
}

function checkOutputRef(
  root: string,
  steps: Step[],
  job: string,
  id: string,
  name: string,
  specs: Map<string, ActionSpec>,
): string[] {
  const producer = steps.find((s) => s.job === job && s.id === id);
  if (!producer) return [`reads steps.${id}.outputs.${name}, but job ${job} has no step with id "${id}"`];
  if (producer.action) {
    const spec = specs.get(producer.action);
    if (!spec || spec.outputs.has(name)) return [];
    const template = producer.action === "actions/deploy-stack" ? templateOf(producer) : undefined;
    if (template && templateOutputs(join(root, template)).has(name)) return [];
    return [
      `reads steps.${id}.outputs.${name}, which ${producer.action} does not declare` +
        (template ? ` and ${template} does not output` : ""),
    ];
  }
  const run = producer.run ?? "";
  if (new RegExp(`(^|[\\s"'])${name}(=|<<)`, "m").test(run)) return [];
  return [`reads steps.${id}.outputs.${name}, which the run step "${id}" never writes to $GITHUB_OUTPUT`];
}

/** Workflows and composite actions whose steps are checked. */
export function pipelineFiles(root: string): string[] {
  const workflows = readdirSync(join(root, ".github", "workflows"))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `.github/workflows/${f}`);
  return [...workflows, ...(existsSync(join(root, "action.yml")) ? ["action.yml"] : [])];
}
