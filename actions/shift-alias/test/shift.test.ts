import {
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  ListVersionsByFunctionCommand,
  PreconditionFailedException,
  PublishVersionCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
} from "@aws-sdk/client-lambda";
import { outputsOf, renderSummary } from "../src/report";
import { parseStrategy } from "../src/strategy";
import { alias, failed, FN, harness, latest, NEW_DIGEST, OLD_DIGEST, passed, REPO } from "./harness";

const NEW_IMAGE = `${REPO}@${NEW_DIGEST}`;
const EMPTY = { AdditionalVersionWeights: {} };

describe("rolling out a new image", () => {
  test("first rollout: update, wait for Lambda, publish guarded by CodeSha256, move the alias", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("1", "rev-1", { Description: "Created by the app stack" }));
    mock
      .on(GetFunctionCommand)
      .resolvesOnce(latest("sha-old", OLD_DIGEST))
      .resolvesOnce(latest("sha-new", NEW_DIGEST, "InProgress"))
      .resolves(latest("sha-new", NEW_DIGEST));
    mock.on(UpdateFunctionCodeCommand).resolves({ CodeSha256: "sha-new", LastUpdateStatus: "InProgress" });
    mock.on(PublishVersionCommand).resolves({ Version: "2", State: "Active" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN, "image-uri": NEW_IMAGE });

    expect(timeline()).toEqual([
      ["GetAlias", { FunctionName: FN, Name: "live" }],
      ["GetFunction", { FunctionName: FN }],
      ["UpdateFunctionCode", { FunctionName: FN, ImageUri: NEW_IMAGE, Publish: false }],
      ["GetFunction", { FunctionName: FN }],
      ["GetFunction", { FunctionName: FN }],
      [
        "PublishVersion",
        {
          FunctionName: FN,
          CodeSha256: "sha-new",
          Description: `shift-alias: image ${NEW_DIGEST} by c0ffee00c0ff run 4242`,
        },
      ],
      [
        "UpdateAlias",
        {
          FunctionName: FN,
          Name: "live",
          FunctionVersion: "2",
          RoutingConfig: EMPTY,
          Description: "previous=1 deployed=2 by c0ffee00c0ff run 4242",
          RevisionId: "rev-1",
        },
      ],
    ]);
    expect(outputsOf(outcome)).toEqual({
      "previous-version": "1",
      version: "2",
      "rolled-back": "false",
      changed: "true",
    });
    expect(outcome.plan?.notes).toEqual([expect.stringMatching(/No checks configured/)]);
  });

  test("canary success: pre-shift check of the new version, weighted step, check, wait, full shift, check", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1", { Description: "previous=11 deployed=12 by x" }));
    mock
      .on(GetFunctionCommand)
      .resolvesOnce(latest("sha-old", OLD_DIGEST))
      .resolves(latest("sha-new", NEW_DIGEST));
    mock.on(UpdateFunctionCodeCommand).resolves({ CodeSha256: "sha-new" });
    mock.on(PublishVersionCommand).resolves({ Version: "13", State: "Active" });
    mock.on(UpdateAliasCommand).resolvesOnce({ RevisionId: "rev-2" }).resolves({ RevisionId: "rev-3" });

    const outcome = await run({
      "function-name": FN,
      "image-uri": NEW_IMAGE,
      strategy: "canary 10 5",
      "ping-function": FN,
      "api-url": "https://api.example",
    });

    const direct = { functionName: FN, qualifier: "13" };
    expect(timeline().slice(4)).toEqual([
      ["PublishVersion", expect.objectContaining({ CodeSha256: "sha-new" })],
      ["check", direct],
      [
        "UpdateAlias",
        {
          FunctionName: FN,
          Name: "live",
          FunctionVersion: "12",
          RoutingConfig: { AdditionalVersionWeights: { "13": 0.1 } },
          RevisionId: "rev-1",
        },
      ],
      ["check", { apiUrl: "https://api.example", ...direct }],
      ["sleep", { ms: 300_000 }],
      [
        "UpdateAlias",
        {
          FunctionName: FN,
          Name: "live",
          FunctionVersion: "13",
          RoutingConfig: EMPTY,
          Description: "previous=12 deployed=13 by c0ffee00c0ff run 4242",
          RevisionId: "rev-2",
        },
      ],
      ["check", { apiUrl: "https://api.example", ...direct }],
    ]);
    expect(outcome.failure).toBeUndefined();
    expect(outcome.steps.map((s) => [s.weight, s.check?.ok])).toEqual([
      [10, true],
      [100, true],
    ]);
    expect(outputsOf(outcome)).toMatchObject({ "previous-version": "12", version: "13", changed: "true" });
    const summary = renderSummary(outcome, parseStrategy("canary 10 5"));
    expect(summary).toContain("✅ `trip-api:live`: version 12 → 13");
    expect(summary).toContain("| now serves | version 13 (100%) |");
  });

  test("canary failure: the check after the first step fails, the alias goes back to full weight on the old version", async () => {
    const { mock, run, timeline, checkResults } = harness();
    const original = "previous=11 deployed=12 by x";
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1", { Description: original }));
    mock
      .on(GetFunctionCommand)
      .resolvesOnce(latest("sha-old", OLD_DIGEST))
      .resolves(latest("sha-new", NEW_DIGEST));
    mock.on(UpdateFunctionCodeCommand).resolves({ CodeSha256: "sha-new" });
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    mock.on(UpdateAliasCommand).resolvesOnce({ RevisionId: "rev-2" }).resolves({ RevisionId: "rev-3" });
    checkResults.push(passed(), failed);

    const outcome = await run({
      "function-name": FN,
      "image-uri": NEW_IMAGE,
      strategy: "canary 10 5",
      "ping-function": FN,
    });

    expect(timeline().slice(5)).toEqual([
      ["check", { functionName: FN, qualifier: "13" }],
      [
        "UpdateAlias",
        expect.objectContaining({
          FunctionVersion: "12",
          RoutingConfig: { AdditionalVersionWeights: { "13": 0.1 } },
        }),
      ],
      ["check", { functionName: FN, qualifier: "13" }],
      [
        "UpdateAlias",
        // Back at full weight, with the description it had, so `previous` still means 11.
        {
          FunctionName: FN,
          Name: "live",
          FunctionVersion: "12",
          RoutingConfig: EMPTY,
          Description: original,
          RevisionId: "rev-2",
        },
      ],
    ]);
    expect(outputsOf(outcome)).toEqual({
      "previous-version": "12",
      version: "13",
      "rolled-back": "true",
      changed: "false",
    });
    expect(outcome.failure?.stage).toBe("check with 10% of traffic on version 13");
    expect(outcome.failure?.message).toMatch(
      /hop "direct-invoke" failed with FunctionError Unhandled after 3 attempts/,
    );
    const summary = renderSummary(outcome, parseStrategy("canary 10 5"));
    expect(summary).toContain("❌ `trip-api:live`: rolled back to version 12");
    expect(summary).toContain("| now serves | version 12 (100%) |");
    expect(summary).toContain("**Failed while check with 10% of traffic on version 13:**");
    expect(summary).toContain("Cannot find module 'langgraph'");
  });

  test("a rollback that cannot be made is reported with where the alias is left", async () => {
    const { mock, run, checkResults } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    mock
      .on(UpdateAliasCommand)
      .resolvesOnce({ RevisionId: "rev-2" })
      .rejects(
        new PreconditionFailedException({
          message: "The Revision Id provided does not match",
          $metadata: {},
        }),
      );
    checkResults.push(failed);

    const outcome = await run({
      "function-name": FN,
      strategy: "canary 10 0",
      "api-url": "https://api.example",
    });

    expect(outcome.rolledBack).toBe(false);
    expect(outcome.notes).toEqual([
      expect.stringMatching(
        /^Rollback failed, the alias is left as it was: Alias "live" of trip-api was changed by someone else/,
      ),
    ]);
    expect(renderSummary(outcome, parseStrategy("canary 10 0"))).toContain(
      "| now serves | version 12 90%, version 13 10% |",
    );
  });

  test("a failed pre-shift check moves no traffic at all", async () => {
    const { mock, run, timeline, checkResults } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    checkResults.push(failed);

    const outcome = await run({ "function-name": FN, "image-uri": NEW_IMAGE, "ping-function": FN });

    expect(timeline().map(([name]) => name)).toEqual(["GetAlias", "GetFunction", "PublishVersion", "check"]);
    expect(outcome.rolledBack).toBe(false);
    expect(outcome.failure?.message).toMatch(/^Version 13, before any traffic moved: Chain check failed/);
    expect(outcome.aliasNow).toEqual({ version: "12", weights: {} });
  });

  test("cancelled while waiting between steps: rolls back, with a request the cancellation cannot cut short", async () => {
    const { mock, run, timeline, controller, deps } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    mock.on(UpdateAliasCommand).resolvesOnce({ RevisionId: "rev-2" }).resolves({ RevisionId: "rev-3" });
    deps.sleep = async (_ms, signal) => {
      controller.abort(new Error("cancelled by SIGINT"));
      signal?.throwIfAborted();
    };

    const outcome = await run({ "function-name": FN, "image-uri": NEW_IMAGE, strategy: "linear 50 1" });

    const updates = mock.commandCalls(UpdateAliasCommand);
    expect(
      updates.map((call) => [call.args[0].input.FunctionVersion, call.args[0].input.RoutingConfig]),
    ).toEqual([
      ["12", { AdditionalVersionWeights: { "13": 0.5 } }],
      ["12", EMPTY],
    ]);
    expect((updates[1]?.args as unknown[] | undefined)?.[1]).toBeUndefined();
    expect(timeline().at(-1)?.[0]).toBe("UpdateAlias");
    expect(outcome.rolledBack).toBe(true);
    expect(outcome.failure).toEqual({
      stage: "waiting 1 min with 50% of traffic on version 13",
      message: "cancelled by SIGINT",
    });
  });

  test("rollback-on-failure off: the alias stays where the failure found it", async () => {
    const { mock, run, checkResults } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });
    checkResults.push(failed);

    const outcome = await run({
      "function-name": FN,
      strategy: "canary 25 0",
      "api-url": "https://api.example",
      "rollback-on-failure": "false",
    });

    expect(mock.commandCalls(UpdateAliasCommand)).toHaveLength(1);
    expect(outcome.rolledBack).toBe(false);
    expect(outcome.aliasNow).toEqual({ version: "12", weights: { "13": 0.25 } });
    expect(renderSummary(outcome, parseStrategy("canary 25 0"))).toContain(
      "| now serves | version 12 75%, version 13 25% |",
    );
  });

  test("shifting the agent: checks go through the API's live alias, none before traffic moves", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("4", "rev-1"));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "5" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    await run({
      "function-name": "trip-agent",
      "image-uri": NEW_IMAGE,
      strategy: "linear 50 0",
      "ping-function": FN,
    });

    expect(timeline().map(([name, input]) => (name === "check" ? ["check", input] : [name]))).toEqual([
      ["GetAlias"],
      ["GetFunction"],
      ["PublishVersion"],
      ["UpdateAlias"],
      ["check", { functionName: FN, qualifier: "live" }],
      ["UpdateAlias"],
      ["check", { functionName: FN, qualifier: "live" }],
    ]);
  });
});

describe("concurrency and AWS errors", () => {
  test("ResourceConflictException while an update is in progress: waits for the function, then retries", async () => {
    const { mock, run, timeline, logs } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock
      .on(GetFunctionCommand)
      .resolvesOnce(latest("sha-old", OLD_DIGEST, "InProgress"))
      .resolvesOnce(latest("sha-old", OLD_DIGEST, "InProgress"))
      .resolvesOnce(latest("sha-old", OLD_DIGEST))
      .resolves(latest("sha-new", NEW_DIGEST));
    mock
      .on(UpdateFunctionCodeCommand)
      .rejectsOnce(
        new ResourceConflictException({
          message: `The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-2:123456789012:function:${FN}`,
          $metadata: { httpStatusCode: 409 },
        }),
      )
      .resolves({ CodeSha256: "sha-new" });
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN, "image-uri": NEW_IMAGE });

    expect(timeline().map(([name]) => name)).toEqual([
      "GetAlias",
      "GetFunction",
      "UpdateFunctionCode",
      "GetFunction",
      "GetFunction",
      "UpdateFunctionCode",
      "GetFunction",
      "PublishVersion",
      "UpdateAlias",
    ]);
    expect(outcome.failure).toBeUndefined();
    expect(logs.join("\n")).toMatch(
      /UpdateFunctionCode: The operation cannot be performed.*retrying \(attempt 2\/4\)/,
    );
  });

  test("a failed code update stops with Lambda's reason and publishes nothing", async () => {
    const { mock, run } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    const failedUpdate = latest("sha-new", NEW_DIGEST, "Failed");
    Object.assign(failedUpdate.Configuration, {
      LastUpdateStatusReasonCode: "ImageAccessDenied",
      LastUpdateStatusReason: "Lambda does not have permission to access the ECR image.",
    });
    mock.on(GetFunctionCommand).resolvesOnce(latest("sha-old", OLD_DIGEST)).resolves(failedUpdate);
    mock.on(UpdateFunctionCodeCommand).resolves({ CodeSha256: "sha-new" });

    const outcome = await run({ "function-name": FN, "image-uri": NEW_IMAGE });

    expect(outcome.failure?.message).toBe(
      `Updating ${FN} failed (LastUpdateStatus Failed): ImageAccessDenied: Lambda does not have permission to access the ECR image.`,
    );
    expect(mock.commandCalls(PublishVersionCommand)).toHaveLength(0);
    expect(mock.commandCalls(UpdateAliasCommand)).toHaveLength(0);
  });

  test("an update that never finishes: stops waiting after update-timeout, names what it waited for", async () => {
    const { mock, run, clock } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock
      .on(GetFunctionCommand)
      .resolvesOnce(latest("sha-old", OLD_DIGEST))
      .resolves(latest("sha-new", NEW_DIGEST, "InProgress"));
    mock.on(UpdateFunctionCodeCommand).resolves({ CodeSha256: "sha-new" });

    const outcome = await run({ "function-name": FN, "image-uri": NEW_IMAGE, "update-timeout-minutes": "1" });

    expect(outcome.failure?.message).toBe(`Timed out after 1m 00s waiting for ${FN} to finish updating`);
    expect(mock.commandCalls(GetFunctionCommand).length).toBeGreaterThan(2);
    // Polled with backoff (2 s doubling, capped at 15 s, jittered) and never past the minute.
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(2000);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(15_000);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
    expect(mock.commandCalls(PublishVersionCommand)).toHaveLength(0);
  });

  test("$LATEST changed by someone else before the publish: reported, nothing published or moved", async () => {
    const { mock, run } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock
      .on(GetFunctionCommand)
      .resolvesOnce(latest("sha-old", OLD_DIGEST))
      .resolves(latest("sha-other", OLD_DIGEST));
    mock.on(UpdateFunctionCodeCommand).resolves({ CodeSha256: "sha-new" });
    mock.on(PublishVersionCommand).rejects(
      new PreconditionFailedException({
        message:
          "CodeSHA256 (sha-new) is different from current CodeSHA256 in $LATEST (sha-other). Please try again with the CodeSHA256 in $LATEST.",
        $metadata: { httpStatusCode: 412 },
        Type: "User",
      }),
    );

    const outcome = await run({ "function-name": FN, "image-uri": NEW_IMAGE });

    expect(outcome.failure?.message).toMatch(
      /^\$LATEST of trip-api changed while this run was deploying \(expected code sha-new\)/,
    );
    expect(mock.commandCalls(UpdateAliasCommand)).toHaveLength(0);
  });

  test("revision conflict: someone else moved the alias mid-shift; fail without clobbering or rolling back", async () => {
    const { mock, run } = harness();
    mock.on(GetAliasCommand).resolves(alias("12", "rev-1"));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    mock
      .on(UpdateAliasCommand)
      .resolvesOnce({ RevisionId: "rev-2" })
      .rejects(
        new PreconditionFailedException({
          message:
            "The Revision Id provided does not match the latest Revision Id. Call the GetAlias API to retrieve the latest Revision Id",
          $metadata: { httpStatusCode: 412 },
        }),
      );

    const outcome = await run({ "function-name": FN, strategy: "canary 10 0" });

    const updates = mock.commandCalls(UpdateAliasCommand).map((call) => call.args[0].input.RevisionId);
    expect(updates).toEqual(["rev-1", "rev-2"]);
    expect(outcome.rolledBack).toBe(false);
    expect(outcome.failure?.message).toMatch(/was changed by someone else after this run read it/);
  });

  test("a missing alias says who creates it", async () => {
    const { mock, run } = harness();
    mock.on(GetAliasCommand).rejects(
      new ResourceNotFoundException({
        message: `Alias not found: arn:aws:lambda:us-east-2:123456789012:function:${FN}:live`,
        $metadata: { httpStatusCode: 404 },
      }),
    );
    const outcome = await run({ "function-name": FN });
    expect(outcome.failure?.message).toMatch(/Alias "live" of trip-api not found .*The app stack creates/);
    expect(mock.calls()).toHaveLength(1);
  });
});

describe("re-runs and configuration changes", () => {
  test("no-op re-run: $LATEST already runs the image and publishing returns the version live serves", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("13", "rev-1", { Description: "previous=12 deployed=13 by x" }));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "13" });

    const outcome = await run({
      "function-name": FN,
      "image-uri": NEW_IMAGE,
      "ping-function": FN,
      strategy: "canary 10 5",
    });

    expect(timeline()).toEqual([
      ["GetAlias", { FunctionName: FN, Name: "live" }],
      ["GetFunction", { FunctionName: FN }],
      ["PublishVersion", expect.objectContaining({ CodeSha256: "sha-new" })],
    ]);
    expect(outputsOf(outcome)).toEqual({
      "previous-version": "13",
      version: "13",
      "rolled-back": "false",
      changed: "false",
    });
    expect(renderSummary(outcome, parseStrategy("canary 10 5"))).toContain(
      "already on version 13, nothing changed",
    );
  });

  test("configuration-only change: $LATEST is published and shifted although the image is the same", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("13", "rev-1", { Description: "previous=12 deployed=13 by x" }));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "14" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN });

    expect(timeline()).toEqual([
      ["GetAlias", { FunctionName: FN, Name: "live" }],
      ["GetFunction", { FunctionName: FN }],
      [
        "PublishVersion",
        {
          FunctionName: FN,
          CodeSha256: "sha-new",
          Description: `shift-alias: $LATEST (code ${NEW_DIGEST}) by c0ffee00c0ff run 4242`,
        },
      ],
      [
        "UpdateAlias",
        {
          FunctionName: FN,
          Name: "live",
          FunctionVersion: "14",
          RoutingConfig: EMPTY,
          Description: "previous=13 deployed=14 by c0ffee00c0ff run 4242",
          RevisionId: "rev-1",
        },
      ],
    ]);
    expect(outputsOf(outcome)).toMatchObject({ "previous-version": "13", version: "14", changed: "true" });
  });

  test("a stack update still in progress: publishing waits for it, then retries", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("13", "rev-1"));
    mock
      .on(GetFunctionCommand)
      .resolvesOnce(latest("sha-new", NEW_DIGEST, "InProgress"))
      .resolves(latest("sha-new", NEW_DIGEST));
    mock
      .on(PublishVersionCommand)
      .rejectsOnce(
        new ResourceConflictException({
          message:
            "The operation cannot be performed at this time. An update is in progress for resource: trip-api",
          $metadata: { httpStatusCode: 409 },
        }),
      )
      .resolves({ Version: "14" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN });

    expect(timeline().map(([name]) => name)).toEqual([
      "GetAlias",
      "GetFunction",
      "PublishVersion",
      "GetFunction",
      "PublishVersion",
      "UpdateAlias",
    ]);
    expect(outcome.version).toBe("14");
  });

  test("weights left by an interrupted shift are cleared even when the version is unchanged", async () => {
    const { mock, run } = harness();
    mock
      .on(GetAliasCommand)
      .resolves(alias("13", "rev-1", { RoutingConfig: { AdditionalVersionWeights: { "14": 0.1 } } }));
    mock.on(GetFunctionCommand).resolves(latest("sha-new", NEW_DIGEST));
    mock.on(PublishVersionCommand).resolves({ Version: "13" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN, strategy: "canary 10 5" });

    expect(
      mock
        .commandCalls(UpdateAliasCommand)
        .map((c) => [c.args[0].input.FunctionVersion, c.args[0].input.RoutingConfig]),
    ).toEqual([["13", EMPTY]]);
    expect(outcome.changed).toBe(true);
  });
});

describe("manual rollback", () => {
  test("to previous: reads the version recorded in the alias description", async () => {
    const { mock, run, timeline } = harness();
    mock
      .on(GetAliasCommand)
      .resolves(alias("13", "rev-1", { Description: "previous=12 deployed=13 by abc" }));
    mock.on(GetFunctionConfigurationCommand).resolves({ Version: "12", State: "Active" });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN, "to-version": "previous" });

    expect(timeline()).toEqual([
      ["GetAlias", { FunctionName: FN, Name: "live" }],
      ["GetFunctionConfiguration", { FunctionName: FN, Qualifier: "12" }],
      [
        "UpdateAlias",
        {
          FunctionName: FN,
          Name: "live",
          FunctionVersion: "12",
          RoutingConfig: EMPTY,
          Description: "previous=13 deployed=12 by c0ffee00c0ff run 4242 (to-version)",
          RevisionId: "rev-1",
        },
      ],
    ]);
    expect(outputsOf(outcome)).toEqual({
      "previous-version": "13",
      version: "12",
      "rolled-back": "false",
      changed: "true",
    });
  });

  test("to previous without a record: the highest published version below the current one", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("5", "rev-1", { Description: "Created by the app stack" }));
    mock
      .on(ListVersionsByFunctionCommand)
      .resolvesOnce({
        Versions: [{ Version: "$LATEST" }, { Version: "1" }, { Version: "3" }],
        NextMarker: "m",
      })
      .resolves({ Versions: [{ Version: "5" }, { Version: "6" }] });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN, "to-version": "previous" });

    expect(timeline()).toEqual([
      ["GetAlias", { FunctionName: FN, Name: "live" }],
      // The paginator reuses one input object, so only the last page's marker is visible.
      ["ListVersionsByFunction", expect.objectContaining({ FunctionName: FN })],
      ["ListVersionsByFunction", expect.objectContaining({ FunctionName: FN, Marker: "m" })],
      ["UpdateAlias", expect.objectContaining({ FunctionVersion: "3", RevisionId: "rev-1" })],
    ]);
    expect(outcome.version).toBe("3");
  });

  test("a record that no longer matches the alias (moved by hand) is not trusted", async () => {
    const { mock, run, logs } = harness();
    mock.on(GetAliasCommand).resolves(alias("9", "rev-1", { Description: "previous=12 deployed=13 by abc" }));
    mock
      .on(ListVersionsByFunctionCommand)
      .resolves({ Versions: [{ Version: "8" }, { Version: "9" }, { Version: "13" }] });
    mock.on(UpdateAliasCommand).resolves({ RevisionId: "rev-2" });

    const outcome = await run({ "function-name": FN, "to-version": "previous" });

    expect(outcome.version).toBe("8");
    expect(logs.join("\n")).toMatch(/records a shift to version 13, but the alias serves 9/);
  });

  test("to previous refuses clearly when there is none", async () => {
    const { mock, run } = harness();
    mock.on(GetAliasCommand).resolves(alias("1", "rev-1"));
    mock.on(ListVersionsByFunctionCommand).resolves({ Versions: [{ Version: "$LATEST" }, { Version: "1" }] });

    const outcome = await run({ "function-name": FN, "to-version": "previous" });

    expect(outcome.failure?.message).toBe(
      "No previous version to roll back to: the alias serves version 1 and no earlier version exists",
    );
    expect(mock.commandCalls(UpdateAliasCommand)).toHaveLength(0);
  });

  test("to a number, gradually and checked like a deploy", async () => {
    const { mock, run, timeline } = harness();
    mock.on(GetAliasCommand).resolves(alias("13", "rev-1"));
    mock.on(GetFunctionConfigurationCommand).resolves({ Version: "10", State: "Active" });
    mock.on(UpdateAliasCommand).resolvesOnce({ RevisionId: "rev-2" }).resolves({ RevisionId: "rev-3" });

    const outcome = await run({
      "function-name": FN,
      "to-version": "10",
      strategy: "canary 50 0",
      "ping-function": FN,
    });

    expect(timeline()).toEqual([
      ["GetAlias", { FunctionName: FN, Name: "live" }],
      ["GetFunctionConfiguration", { FunctionName: FN, Qualifier: "10" }],
      ["check", { functionName: FN, qualifier: "10" }],
      [
        "UpdateAlias",
        expect.objectContaining({
          FunctionVersion: "13",
          RoutingConfig: { AdditionalVersionWeights: { "10": 0.5 } },
          RevisionId: "rev-1",
        }),
      ],
      ["check", { functionName: FN, qualifier: "10" }],
      [
        "UpdateAlias",
        expect.objectContaining({ FunctionVersion: "10", RoutingConfig: EMPTY, RevisionId: "rev-2" }),
      ],
      ["check", { functionName: FN, qualifier: "10" }],
    ]);
    expect(outputsOf(outcome)).toEqual({
      "previous-version": "13",
      version: "10",
      "rolled-back": "false",
      changed: "true",
    });
  });

  test("to a version that does not exist: refused before the alias moves", async () => {
    const { mock, run } = harness();
    mock.on(GetAliasCommand).resolves(alias("13", "rev-1"));
    mock.on(GetFunctionConfigurationCommand).rejects(
      new ResourceNotFoundException({
        message: `Function not found: arn:aws:lambda:us-east-2:123456789012:function:${FN}:99`,
        $metadata: { httpStatusCode: 404 },
      }),
    );
    const outcome = await run({ "function-name": FN, "to-version": "99" });
    expect(outcome.failure?.message).toBe(`Version 99 of ${FN} does not exist`);
    expect(mock.commandCalls(UpdateAliasCommand)).toHaveLength(0);
  });
});
