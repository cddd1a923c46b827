import { InputError } from "../../lib/src/index";

/** A function name, or an unqualified function ARN (the qualifier is always separate). */
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;

/**
 * Checks an input naming the Lambda function the checks invoke (or shift-alias moves), so a
 * typo or a qualified ARN fails before any call instead of as a ResourceNotFound mid-run.
 */
export function checkFunctionName(input: string, value: string): string {
  if (!FUNCTION.test(value)) {
    throw new InputError(input, `expected a function name or unqualified function ARN, got "${value}"`);
  }
  return value;
}
