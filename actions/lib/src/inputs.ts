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
 * Typed, validated access to action inputs. Every accessor throws `InputError` before any
 * side effect, so a bad workflow fails before an AWS call is made.
 */
export class Inputs {
  constructor(private readonly source: InputSource = fromRunner) {}

  optional(name: string): string | undefined {
    const value = this.source(name).trim();
    return value === "" ? undefined : value;
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) throw new InputError(name, "is required and was empty");
    return value;
  }

  /** Like `required`, but masks the value in the log first. */
  secret(name: string, options: { required: true }): string;
  secret(name: string, options?: { required?: false }): string | undefined;
  secret(name: string, options: { required?: boolean } = {}): string | undefined {
    const value = options.required ? this.required(name) : this.optional(name);
    if (value !== undefined) core.setSecret(value);
    return value;
  }

  /** YAML 1.2 core-schema booleans, the same set `core.getBooleanInput` accepts. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw new InputError(name, `expected true or false, got "${value}"`);
  }

  integer(name: string, options: { fallback?: number; min?: number; max?: number } = {}): number {
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

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const value = this.optional(name) ?? fallback;
    if (value === undefined) throw new InputError(name, `is required: one of ${allowed.join(", ")}`);
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(name, `expected one of ${allowed.join(", ")}, got "${value}"`);
    }
    return value as T;
  }

  /** Non-empty lines of a multiline input, trimmed; `#` starts a comment line. */
  lines(name: string): string[] {
    return splitLines(this.source(name));
  }

  /** Items of a list given one per line or separated by commas. */
  list(name: string): string[] {
    return this.lines(name).flatMap((line) =>
      line
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    );
  }

  /** Multiline `Key=Value` pairs; the value is everything after the first `=`, commas included. */
  keyValues(name: string): Array<[string, string]> {
    return parseKeyValueLines(name, this.source(name));
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
