import { CloudFormationServiceException } from "@aws-sdk/client-cloudformation";
import { describeAwsError, errorMessage, isAwsError } from "../src/aws-errors";

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

describe("errorMessage", () => {
  test("an AWS error with its code, status and request id; any other error by its message", () => {
    const aws = Object.assign(new Error("connect ECONNREFUSED"), {
      name: "ThrottlingException",
      $metadata: { httpStatusCode: 400, requestId: "req-9" },
    });
    expect(errorMessage(aws)).toBe("ThrottlingException (HTTP 400, request req-9): connect ECONNREFUSED");
    expect(errorMessage(new Error("plain"))).toBe("plain");
    expect(errorMessage("text")).toBe("text");
  });
});
