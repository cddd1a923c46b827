import type { Change, StackEvent } from "@aws-sdk/client-cloudformation";

export const STACK_ID =
  "arn:aws:cloudformation:us-east-2:123456789012:stack/app/6b6e0e40-ca1b-11f0-9c5e-0a1b2c3d4e5f";
export const CHANGE_SET_ID =
  "arn:aws:cloudformation:us-east-2:123456789012:changeSet/deploy-stack-deploy-1/1c2d3e4f-5a6b-7c8d-9e0f-a1b2c3d4e5f6";

/** Shaped like DescribeChangeSet's Changes for an update of the app stack. */
export const UPDATE_CHANGES: Change[] = [
  {
    Type: "Resource",
    ResourceChange: {
      Action: "Modify",
      LogicalResourceId: "ApiFunction",
      PhysicalResourceId: "app-ApiFunction-kX2mQ9pLr4Tz",
      ResourceType: "AWS::Lambda::Function",
      Replacement: "False",
      Scope: ["Properties"],
      Details: [
        {
          Target: { Attribute: "Properties", Name: "Environment", RequiresRecreation: "Never" },
          Evaluation: "Static",
          ChangeSource: "DirectModification",
        },
        {
          Target: { Attribute: "Properties", Name: "MemorySize", RequiresRecreation: "Never" },
          Evaluation: "Static",
          ChangeSource: "DirectModification",
        },
      ],
    },
  },
  {
    Type: "Resource",
    ResourceChange: {
      Action: "Modify",
      LogicalResourceId: "Logs",
      PhysicalResourceId: "/trip/prod/api",
      ResourceType: "AWS::Logs::LogGroup",
      Replacement: "True",
      Scope: ["Properties"],
      Details: [
        {
          Target: { Attribute: "Properties", Name: "LogGroupName", RequiresRecreation: "Always" },
          Evaluation: "Static",
          ChangeSource: "ParameterReference",
          CausingEntity: "Stage",
        },
        {
          Target: { Attribute: "Properties", Name: "LogGroupName", RequiresRecreation: "Always" },
          Evaluation: "Dynamic",
          ChangeSource: "ParameterReference",
          CausingEntity: "Stage",
        },
      ],
    },
  },
  {
    Type: "Resource",
    ResourceChange: {
      Action: "Modify",
      LogicalResourceId: "UserPool",
      PhysicalResourceId: "us-east-2_AbCdEfGhI",
      ResourceType: "AWS::Cognito::UserPool",
      Replacement: "Conditional",
      Scope: ["Properties"],
      Details: [
        {
          Target: { Attribute: "Properties", Name: "UsernameAttributes", RequiresRecreation: "Always" },
          Evaluation: "Dynamic",
          ChangeSource: "DirectModification",
        },
      ],
    },
  },
  {
    Type: "Resource",
    ResourceChange: {
      Action: "Add",
      LogicalResourceId: "AgentAlias",
      ResourceType: "AWS::Lambda::Alias",
      Scope: [],
      Details: [],
    },
  },
  {
    Type: "Resource",
    ResourceChange: {
      Action: "Remove",
      LogicalResourceId: "OldUploads",
      PhysicalResourceId: "app-olduploads-1x2y3z",
      ResourceType: "AWS::S3::Bucket",
      Scope: [],
      Details: [],
    },
  },
];

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 25, 9, 0, seconds));
const event = (
  id: string,
  logicalId: string,
  type: string,
  status: string,
  seconds: number,
  reason?: string,
): StackEvent => ({
  StackId: STACK_ID,
  StackName: "app",
  EventId: id,
  LogicalResourceId: logicalId,
  PhysicalResourceId: logicalId === "app" ? STACK_ID : "",
  ResourceType: type,
  ResourceStatus: status as StackEvent["ResourceStatus"],
  Timestamp: at(seconds),
  ...(reason ? { ResourceStatusReason: reason } : {}),
});

export const START = at(0);

/**
 * A failed update, oldest first, as DescribeStackEvents reports it (it returns newest first):
 * the role update fails, the function update in flight is cancelled, the stack rolls back.
 */
export const FAILED_UPDATE_EVENTS: StackEvent[] = [
  event(
    "e0d1c2b3-ca1c-11f0-a1b2-0a1b2c3d4e5f",
    "app",
    "AWS::CloudFormation::Stack",
    "UPDATE_IN_PROGRESS",
    1,
    "User Initiated",
  ),
  event(
    "ApiFunction-UPDATE_IN_PROGRESS-2026-11-25T09:00:04.101Z",
    "ApiFunction",
    "AWS::Lambda::Function",
    "UPDATE_IN_PROGRESS",
    4,
  ),
  event(
    "ApiRole-UPDATE_IN_PROGRESS-2026-11-25T09:00:04.233Z",
    "ApiRole",
    "AWS::IAM::Role",
    "UPDATE_IN_PROGRESS",
    4,
  ),
  event(
    "ApiRole-UPDATE_FAILED-2026-11-25T09:00:06.870Z",
    "ApiRole",
    "AWS::IAM::Role",
    "UPDATE_FAILED",
    6,
    'Resource handler returned message: "Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable. (Service: Iam, Status Code: 404, Request ID: 5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a)" (RequestToken: 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0, HandlerErrorCode: NotFound)',
  ),
  event(
    "ApiFunction-UPDATE_FAILED-2026-11-25T09:00:07.012Z",
    "ApiFunction",
    "AWS::Lambda::Function",
    "UPDATE_FAILED",
    7,
    "Resource update cancelled",
  ),
  event(
    "f1e2d3c4-ca1c-11f0-b2c3-0a1b2c3d4e5f",
    "app",
    "AWS::CloudFormation::Stack",
    "UPDATE_ROLLBACK_IN_PROGRESS",
    8,
    "The following resource(s) failed to update: [ApiFunction, ApiRole]. ",
  ),
  event(
    "ApiRole-UPDATE_COMPLETE-2026-11-25T09:00:12.400Z",
    "ApiRole",
    "AWS::IAM::Role",
    "UPDATE_COMPLETE",
    12,
  ),
  event(
    "a2b3c4d5-ca1c-11f0-c3d4-0a1b2c3d4e5f",
    "app",
    "AWS::CloudFormation::Stack",
    "UPDATE_ROLLBACK_COMPLETE",
    20,
  ),
];
