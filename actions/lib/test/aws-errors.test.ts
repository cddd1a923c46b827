import { CloudFormationServiceException } from "@aws-sdk/client-cloudformation";
import { describeAwsError, isAwsError } from "../src/aws-errors";

const validationError = () =>
  new CloudFormationServiceException({
    name: "ValidationError",
    $fault: "client",
    message: "Stack with id app does not exist",
    $metadata: { httpStatusCode: 400, requestId: "b7d4a3c2-0000-4e5f-9a1b-1234567890ab" },
  });

describe("isAwsError", () => {
  test("matches the error code and, optionally, the message", () => {
    const error = validationError();
    expect(isAwsError(error, "ValidationError")).toBe(true);
    expect(isAwsError(error, "ValidationError", /does not exist/)).toBe(true);
    expect(isAwsError(error, "ValidationError", /No updates/)).toBe(false);
    expect(isAwsError(error, "ThrottlingException")).toBe(false);
    expect(isAwsError("ValidationError", "ValidationError")).toBe(false);
  });
});

describe("describeAwsError", () => {
  test("names the code, HTTP status and request id", () => {
    expect(describeAwsError(validationError())).toBe(
      "ValidationError (HTTP 400, request b7d4a3c2-0000-4e5f-9a1b-1234567890ab): Stack with id app does not exist",
    );
  });

  test("plain errors and non-errors keep their message", () => {
    expect(describeAwsError(new Error("socket hang up"))).toBe("socket hang up");
    expect(describeAwsError("boom")).toBe("boom");
  });
});
