import {
  CloudFormationClient,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  type StackEvent,
} from "@aws-sdk/client-cloudformation";
import { mockClient } from "aws-sdk-client-mock";
import { describeChangeSet, isNoChangesReason } from "../src/changeset";
import { StackEventStream } from "../src/events";
import { CHANGE_SET_ID, FAILED_UPDATE_EVENTS, STACK_ID, UPDATE_CHANGES } from "./fixtures";

const cfn = new CloudFormationClient({
  region: "us-east-2",
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
});
const mock = mockClient(cfn);
beforeEach(() => mock.reset());

test("describeChangeSet follows NextToken and merges every page's changes", async () => {
  mock
    .on(DescribeChangeSetCommand, { ChangeSetName: CHANGE_SET_ID, NextToken: undefined })
    .resolves({
      Status: "CREATE_COMPLETE",
      StackId: STACK_ID,
      Changes: UPDATE_CHANGES.slice(0, 2),
      NextToken: "page-2",
    })
    .on(DescribeChangeSetCommand, { ChangeSetName: CHANGE_SET_ID, NextToken: "page-2" })
    .resolves({
      Status: "CREATE_COMPLETE",
      StackId: STACK_ID,
      Changes: UPDATE_CHANGES.slice(2),
      NextToken: undefined,
    });
  const described = await describeChangeSet(cfn, CHANGE_SET_ID);
  expect(described.Changes?.map((c) => c.ResourceChange?.LogicalResourceId)).toEqual([
    "ApiFunction",
    "Logs",
    "UserPool",
    "AgentAlias",
    "OldUploads",
  ]);
  expect(described.StackId).toBe(STACK_ID);
  expect(mock.commandCalls(DescribeChangeSetCommand).map((c) => c.args[0].input)).toEqual([
    { ChangeSetName: CHANGE_SET_ID, NextToken: undefined },
    { ChangeSetName: CHANGE_SET_ID, NextToken: "page-2" },
  ]);
});

test("both of CloudFormation's empty change set reasons count as no changes", () => {
  expect(
    isNoChangesReason(
      "The submitted information didn't contain changes. Submit different information to create a change set.",
    ),
  ).toBe(true);
  expect(isNoChangesReason("No updates are to be performed.")).toBe(true);
  expect(
    isNoChangesReason("Template error: instance of Fn::GetAtt references undefined resource ApiRole"),
  ).toBe(false);
  expect(isNoChangesReason(undefined)).toBe(false);
});

describe("StackEventStream", () => {
  const now = Date.now();
  const stamp = (events: StackEvent[]) =>
    events.map((e, i) => ({ ...e, Timestamp: new Date(now + i * 1000) }));
  const [older, ...operation] = stamp(FAILED_UPDATE_EVENTS);

  test("skips what happened before, pages back to the last known event, returns each event once, oldest first", async () => {
    const newestFirst = [...operation].reverse();
    mock
      .on(DescribeStackEventsCommand)
      // prime: the operation has not started yet
      .resolvesOnce({ StackEvents: [older as StackEvent] })
      // first poll: two pages of new events, the second ending at the primed one
      .resolvesOnce({ StackEvents: newestFirst.slice(0, 4), NextToken: "more" })
      .resolvesOnce({ StackEvents: [...newestFirst.slice(4), older as StackEvent], NextToken: "even-more" })
      // second poll: nothing new
      .resolves({ StackEvents: newestFirst });
    const stream = new StackEventStream(cfn, STACK_ID, new Date(now));
    await stream.prime();
    const first = await stream.poll();
    const second = await stream.poll();
    expect(first.map((e) => e.EventId)).toEqual(operation.map((e) => e.EventId));
    expect(second).toEqual([]);
    expect(stream.events).toHaveLength(operation.length);
    expect(mock.commandCalls(DescribeStackEventsCommand).map((c) => c.args[0].input.NextToken)).toEqual([
      undefined,
      undefined,
      "more",
      undefined,
    ]);
  });
});
