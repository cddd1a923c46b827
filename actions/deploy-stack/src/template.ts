import { readFile } from "node:fs/promises";
import { parseDocument } from "yaml";
import { InputError } from "../../lib/src/index";

/** CloudFormation refuses a TemplateBody larger than this; bigger templates go through S3. */
export const INLINE_TEMPLATE_LIMIT = 51_200;

export interface TemplateParameter {
  name: string;
  hasDefault: boolean;
  noEcho: boolean;
}

export interface Template {
  path: string;
  body: string;
  bytes: number;
  /** Declared parameters, in declaration order. */
  parameters: Map<string, TemplateParameter>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses a template (JSON is YAML) so a broken file fails before any AWS call. Intrinsic
 * function tags (`!Ref`, `!Sub`...) are left unresolved: only the structure matters here.
 */
export function parseTemplate(path: string, body: string): Template {
  const document = parseDocument(body, { prettyErrors: false });
  const [firstError] = document.errors;
  if (firstError) {
    throw new InputError("template", `${path} is not valid YAML or JSON: ${firstError.message}`);
  }
  const root: unknown = document.toJS();
  if (!isRecord(root) || !isRecord(root.Resources)) {
    throw new InputError(
      "template",
      `${path} is not a CloudFormation template: expected a "Resources" mapping`,
    );
  }
  const declared = isRecord(root.Parameters) ? root.Parameters : {};
  const parameters = new Map<string, TemplateParameter>();
  for (const [name, definition] of Object.entries(declared)) {
    const spec = isRecord(definition) ? definition : {};
    parameters.set(name, {
      name,
      hasDefault: spec.Default !== undefined,
      noEcho: spec.NoEcho === true || spec.NoEcho === "true",
    });
  }
  return { path, body, bytes: Buffer.byteLength(body, "utf8"), parameters };
}

export class TemplateTooLargeError extends InputError {
  constructor(template: Template) {
    super(
      "template",
      `${template.path} is ${template.bytes} bytes, over CloudFormation's ${INLINE_TEMPLATE_LIMIT}-byte limit ` +
        `for inline templates: set template-bucket to upload it to S3`,
    );
  }
}

/** Fails before any AWS call when the template cannot be sent inline and there is no bucket. */
export function checkTemplateSize(template: Template, templateBucket: string | undefined): void {
  if (template.bytes > INLINE_TEMPLATE_LIMIT && !templateBucket) throw new TemplateTooLargeError(template);
}

export async function readTemplate(path: string): Promise<Template> {
  let body: string;
  try {
    body = await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : String(error);
    throw new InputError("template", `expected a path to a template file; ${path} ${reason}`);
  }
  return parseTemplate(path, body);
}
