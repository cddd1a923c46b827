import * as core from "@actions/core";

/** A bad action input: the message names the input and what was expected. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    expected: string,
  ) {
    super(`Input "${input}": ${expected}`);
    this.name = "InputError";
  }
}

/** Where raw input values come from; `core.getInput` on a runner, a plain map in tests. */
export type InputSource = (name: string) => string;

const fromRunner: InputSource = (name) => core.getInput(name);

/**
 * An action's `action.yml` as the code sees it: `src/action-spec.ts`, written from `action.yml`
 * by `npm run build:actions`, so every default is stated once, where GitHub reads it too.
 */
export interface ActionSpec<I extends string = string> {
  name: string;
  inputs: Readonly<Record<I, { readonly required: boolean; readonly default?: string }>>;
  outputs: readonly string[];
}

/**
 * Typed, validated access to action inputs. Every accessor throws `InputError` before any
 * side effect, so a bad workflow fails before an AWS call is made.
 *
 * With a spec, an empty input takes its `action.yml` default. On a runner that changes
 * nothing (the runner applies defaults too), but the root composite action runs the bundles
 * with `INPUT_*` variables of its own, where GitHub applies no defaults.
 */
export class Inputs<I extends string = string> {
  constructor(
    private readonly source: InputSource = fromRunner,
    private readonly spec?: ActionSpec<I>,
  ) {}

  private raw(name: I): string {
    const value = this.source(name);
    if (!this.spec) return value;
    const declared = this.spec.inputs[name];
    if (!declared)
      throw new Error(`${this.spec.name} reads input "${name}", which its action.yml does not declare`);
    return value.trim() === "" ? (declared.default ?? "") : value;
  }

  optional(name: I): string | undefined {
    const value = this.raw(name).trim();
    return value === "" ? undefined : value;
  }

  required(name: I): string {
    const value = this.optional(name);
    if (value === undefined) throw new InputError(name, "is required and was empty");
    return value;
  }

  /** Like `required`, but masks the value in the log first. */
  secret(name: I, options: { required: true }): string;
  secret(name: I, options?: { required?: false }): string | undefined;
  secret(name: I, options: { required?: boolean } = {}): string | undefined {
    const value = options.required ? this.required(name) : this.optional(name);
    if (value !== undefined) core.setSecret(value);
    return value;
  }

  /** An http(s) URL; `example` shows what a good one looks like in the message. */
  url(name: I, example: string): string | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      throw new InputError(name, `expected an http(s) URL such as ${example}, got "${value}"`);
    }
    return value;
  }

  /** YAML 1.2 core-schema booleans, the same set `core.getBooleanInput` accepts. */
  boolean(name: I, fallback?: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) {
      if (fallback === undefined) throw new InputError(name, "is required: true or false");
      return fallback;
    }
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw new InputError(name, `expected true or false, got "${value}"`);
  }

  integer(name: I, options: { fallback?: number; min?: number; max?: number } = {}): number {
    const value = this.optional(name);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
    if (value === undefined) {
      if (options.fallback === undefined) throw new InputError(name, "is required and was empty");
      return options.fallback;
    }
    if (!/^-?\d+$/.test(value)) throw new InputError(name, `expected a whole number, got "${value}"`);
    const parsed = Number(value);
    if (parsed < min || parsed > max) {
      throw new InputError(name, `expected a number from ${min} to ${max}, got ${parsed}`);
    }
    return parsed;
  }

  oneOf<T extends string>(name: I, allowed: readonly T[], fallback?: T): T {
    const value = this.optional(name) ?? fallback;
    if (value === undefined) throw new InputError(name, `is required: one of ${allowed.join(", ")}`);
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(name, `expected one of ${allowed.join(", ")}, got "${value}"`);
    }
    return value as T;
  }

  /** Non-empty lines of a multiline input, trimmed; `#` starts a comment line. */
  lines(name: I): string[] {
    return splitLines(this.raw(name));
  }

  /** Items of a list given one per line or separated by commas. */
  list(name: I): string[] {
    return this.lines(name).flatMap((line) =>
      line
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    );
  }

  /** Multiline `Key=Value` pairs; the value is everything after the first `=`, commas included. */
  keyValues(name: I): Array<[string, string]> {
    return parseKeyValueLines(name, this.raw(name));
  }
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

export function parseKeyValueLines(input: string, text: string): Array<[string, string]> {
  return splitLines(text).map((line, index) => {
    const eq = line.indexOf("=");
    if (eq <= 0) {
      throw new InputError(input, `line ${index + 1} ("${line}") is not Key=Value`);
    }
    return [line.slice(0, eq).trim(), line.slice(eq + 1).trim()];
  });
}
