import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Fields = Record<string, string>;

interface FakeStack {
  name: string;
  id: string;
  status: string;
  parameters: Fields;
  outputs: Fields;
  events: Fields[];
  /** DescribeStacks calls left before an operation in progress completes. */
  pollsLeft: number;
}

interface FakeChangeSet {
  id: string;
  name: string;
  stackId: string;
  type: string;
  status: string;
  reason?: string;
  /** The ClientRequestToken of the ExecuteChangeSet that started it; unset until executed. */
  executedWith?: string;
}

/** A failure to answer with, as CloudFormation's query protocol shapes it. */
export interface FakeFailure {
  action: string;
  status: number;
  code: string;
  message: string;
  /** Do the work first, then fail: a 5xx after the operation started, which the SDK retries. */
  afterHandling?: boolean;
}

class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FakeRequest {
  action: string;
  params: Fields;
  at: number;
  /** The SDK's `amz-sdk-request` header: which attempt of how many. */
  attempt: string | undefined;
}

const xmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The awsQuery XML shape: objects are elements, arrays are `<member>` lists. */
function toXml(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => `<member>${toXml(item)}</member>`).join("");
  if (value !== null && typeof value === "object") {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join("");
  }
  return xmlEscape(String(value));
}

/** `Parameters.member.1.ParameterKey=...` form fields back into a list of records. */
function memberList(params: Fields, prefix: string): Fields[] {
  const items: Fields[] = [];
  for (const [key, value] of Object.entries(params)) {
    const match = new RegExp(`^${prefix}\\.member\\.(\\d+)\\.(.+)$`).exec(key);
    if (!match) continue;
    const index = Number(match[1]) - 1;
    items[index] = { ...items[index], [match[2] ?? ""]: value };
  }
  return items.filter(Boolean);
}

/**
 * A tiny CloudFormation speaking the query protocol over HTTP, for running the bundled action
 * (whose AWS clients a mock cannot reach) and the SDK's real retry strategy. Operations finish
 * after a couple of DescribeStacks polls; every resource change comes from `changes`.
 */
export class FakeCloudFormation {
  requests: FakeRequest[] = [];
  /** Called as each request arrives (the start-up benchmark times the first one). */
  onRequest: ((request: FakeRequest) => void) | undefined;
  /** Answer this many of the next requests with a Throttling error. */
  throttle = 0;
  /** Resource changes every change set gets; empty means "no changes". */
  changes: Array<{ Action: string; LogicalResourceId: string; ResourceType: string; Replacement?: string }> =
    [
      { Action: "Add", LogicalResourceId: "Logs", ResourceType: "AWS::Logs::LogGroup" },
      { Action: "Add", LogicalResourceId: "ApiFunction", ResourceType: "AWS::Lambda::Function" },
    ];
  /** DescribeStacks polls an executed change set stays in progress for. */
  pollsUntilComplete = 2;
  outputs: Fields = { ApiUrl: "https://abc123.execute-api.us-east-2.amazonaws.com" };
  stacks = new Map<string, FakeStack>();
  /** Each answers the next request for its action, once. */
  failures: FakeFailure[] = [];
  /** When set, CreateChangeSet fails with this ValidationError message. */
  rejectChangeSet: string | undefined;
  private changeSets = new Map<string, FakeChangeSet>();
  private server: Server | undefined;

  get url(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  actions(): string[] {
    return this.requests.map((r) => r.action);
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const params = Object.fromEntries(new URLSearchParams(raw));
      const action = params.Action ?? "";
      const attempt = req.headers["amz-sdk-request"];
      const request = {
        action,
        params,
        at: Date.now(),
        attempt: Array.isArray(attempt) ? attempt[0] : attempt,
      };
      this.requests.push(request);
      this.onRequest?.(request);
      const requestId = randomUUID();
      let status = 200;
      let body: string;
      const failure = this.failures.find((f) => f.action === action);
      if (failure) this.failures.splice(this.failures.indexOf(failure), 1);
      if (this.throttle > 0) {
        this.throttle--;
        status = 400;
        body = this.error("Throttling", "Rate exceeded", requestId);
      } else if (failure) {
        if (failure.afterHandling) this.handle(action, params);
        status = failure.status;
        body = this.error(failure.code, failure.message, requestId);
      } else {
        try {
          const result = this.handle(action, params);
          body =
            `<${action}Response xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">` +
            `<${action}Result>${toXml(result)}</${action}Result>` +
            `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
        } catch (error) {
          status = 400;
          const code = error instanceof CodedError ? error.code : "ValidationError";
          body = this.error(code, (error as Error).message, requestId);
        }
      }
      res.writeHead(status, { "content-type": "text/xml", "x-amzn-requestid": requestId });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private error(code: string, message: string, requestId: string): string {
    return (
      `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type>` +
      `<Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
    );
  }

  private find(nameOrId: string | undefined): FakeStack {
    const stack = [...this.stacks.values()].find((s) => s.name === nameOrId || s.id === nameOrId);
    if (!stack) throw new Error(`Stack with id ${nameOrId} does not exist`);
    return stack;
  }

  private event(stack: FakeStack, logicalId: string, type: string, status: string, reason?: string) {
    stack.events.unshift({
      StackId: stack.id,
      StackName: stack.name,
      EventId: randomUUID(),
      LogicalResourceId: logicalId,
      ResourceType: type,
      ResourceStatus: status,
      Timestamp: new Date().toISOString(),
      ...(reason ? { ResourceStatusReason: reason } : {}),
    });
  }

  private handle(action: string, params: Fields): unknown {
    switch (action) {
      case "DescribeStacks": {
        const stack = this.find(params.StackName);
        if (
          stack.status.endsWith("_IN_PROGRESS") &&
          stack.status !== "REVIEW_IN_PROGRESS" &&
          --stack.pollsLeft <= 0
        ) {
          const done = stack.status.replace("_IN_PROGRESS", "_COMPLETE");
          for (const change of this.changes) {
            this.event(stack, change.LogicalResourceId, change.ResourceType, done);
          }
          this.event(stack, stack.name, "AWS::CloudFormation::Stack", done);
          stack.status = done;
          stack.outputs = { ...this.outputs };
        }
        return {
          Stacks: [
            {
              StackName: stack.name,
              StackId: stack.id,
              StackStatus: stack.status,
              CreationTime: new Date().toISOString(),
              Parameters: Object.entries(stack.parameters).map(([ParameterKey, ParameterValue]) => ({
                ParameterKey,
                ParameterValue,
              })),
              Outputs: Object.entries(stack.outputs).map(([OutputKey, OutputValue]) => ({
                OutputKey,
                OutputValue,
              })),
            },
          ],
        };
      }
      case "CreateChangeSet": {
        if (this.rejectChangeSet) throw new Error(this.rejectChangeSet);
        const name = params.StackName ?? "";
        if (params.ChangeSetType === "CREATE" && !this.stacks.has(name)) {
          const id = `arn:aws:cloudformation:us-east-2:123456789012:stack/${name}/${randomUUID()}`;
          const stack = {
            name,
            id,
            status: "REVIEW_IN_PROGRESS",
            parameters: {},
            outputs: {},
            events: [],
            pollsLeft: 0,
          };
          this.event(stack, name, "AWS::CloudFormation::Stack", "REVIEW_IN_PROGRESS", "User Initiated");
          this.stacks.set(name, stack);
        }
        const stack = this.find(name);
        const id = `arn:aws:cloudformation:us-east-2:123456789012:changeSet/${params.ChangeSetName}/${randomUUID()}`;
        const empty = this.changes.length === 0;
        this.changeSets.set(id, {
          id,
          name: params.ChangeSetName ?? "",
          stackId: stack.id,
          type: params.ChangeSetType ?? "UPDATE",
          status: empty ? "FAILED" : "CREATE_COMPLETE",
          ...(empty
            ? {
                reason:
                  "The submitted information didn't contain changes. Submit different information to create a change set.",
              }
            : {}),
        });
        for (const { ParameterKey, ParameterValue } of memberList(params, "Parameters")) {
          if (ParameterKey && ParameterValue !== undefined) stack.parameters[ParameterKey] = ParameterValue;
        }
        return { Id: id, StackId: stack.id };
      }
      case "DescribeChangeSet": {
        const changeSet = this.changeSets.get(params.ChangeSetName ?? "");
        if (!changeSet) throw new Error(`ChangeSet [${params.ChangeSetName}] does not exist`);
        return {
          ChangeSetId: changeSet.id,
          ChangeSetName: changeSet.name,
          StackId: changeSet.stackId,
          Status: changeSet.status,
          StatusReason: changeSet.reason,
          ExecutionStatus: changeSet.status === "FAILED" ? "UNAVAILABLE" : "AVAILABLE",
          Changes:
            changeSet.status === "FAILED"
              ? []
              : this.changes.map((ResourceChange) => ({ Type: "Resource", ResourceChange })),
        };
      }
      case "ExecuteChangeSet": {
        const changeSet = this.changeSets.get(params.ChangeSetName ?? "");
        if (!changeSet) throw new Error(`ChangeSet [${params.ChangeSetName}] does not exist`);
        if (changeSet.executedWith !== undefined) {
          // CloudFormation's idempotency: the same token is the same request, answered again.
          if (params.ClientRequestToken && changeSet.executedWith === params.ClientRequestToken) return {};
          throw new CodedError(
            "InvalidChangeSetStatus",
            `ChangeSet [${changeSet.id}] cannot be executed in its current status of [EXECUTE_IN_PROGRESS]`,
          );
        }
        changeSet.executedWith = params.ClientRequestToken ?? "";
        const stack = this.find(changeSet.stackId);
        stack.status = changeSet.type === "CREATE" ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS";
        stack.pollsLeft = this.pollsUntilComplete;
        this.event(stack, stack.name, "AWS::CloudFormation::Stack", stack.status, "User Initiated");
        return {};
      }
      case "DescribeStackEvents":
        return { StackEvents: this.find(params.StackName).events };
      case "DeleteChangeSet":
        this.changeSets.delete(params.ChangeSetName ?? "");
        return {};
      case "UpdateTerminationProtection":
        return { StackId: this.find(params.StackName).id };
      default:
        throw new Error(`The fake does not speak ${action}`);
    }
  }
}
