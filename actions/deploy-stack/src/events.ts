import {
  type CloudFormationClient,
  DescribeStackEventsCommand,
  type StackEvent,
} from "@aws-sdk/client-cloudformation";
import { formatDuration } from "../../lib/src/index";

/**
 * Reasons CloudFormation gives resources that failed only because something else failed
 * first, and the stack-level summary of them: never the root cause.
 */
const CASCADE = [
  /^Resource (creation|update|deletion) cancelled/i,
  /^The following resource\(s\) failed to/i,
  /^Resource update cancelled/i,
];

const CLOCK_SKEW_MS = 5 * 60_000;

const isCascade = (reason: string) => CASCADE.some((pattern) => pattern.test(reason));
const isFailure = (event: StackEvent) => event.ResourceStatus?.endsWith("_FAILED") ?? false;

/**
 * The event that explains a failed operation: the first `*_FAILED` event (events oldest
 * first) whose reason is not a cascade; failing that, the first failure at all.
 */
export function rootCause(events: readonly StackEvent[]): StackEvent | undefined {
  const failures = events.filter(isFailure);
  return (
    failures.find((event) => event.ResourceStatusReason && !isCascade(event.ResourceStatusReason)) ??
    failures[0]
  );
}

export function describeEvent(event: StackEvent): string {
  const reason = event.ResourceStatusReason ? `: ${event.ResourceStatusReason}` : "";
  return `${event.LogicalResourceId} (${event.ResourceType}) ${event.ResourceStatus}${reason}`;
}

/** A log line: elapsed time since the operation started, then the event. */
export function formatEvent(event: StackEvent, startedAt: Date): string {
  const elapsed = (event.Timestamp?.getTime() ?? startedAt.getTime()) - startedAt.getTime();
  return `[${formatDuration(elapsed)}] ${describeEvent(event)}`;
}

/**
 * Takes one DescribeStackEvents page (newest first) and returns the events not seen yet,
 * oldest first, and whether the page reached events that were already known, so older
 * pages need not be read.
 */
export function unseenEvents(
  page: readonly StackEvent[],
  seen: ReadonlySet<string>,
  since: Date,
): { fresh: StackEvent[]; reachedKnown: boolean } {
  const fresh: StackEvent[] = [];
  for (const event of page) {
    const old = (event.Timestamp?.getTime() ?? 0) < since.getTime();
    if ((event.EventId && seen.has(event.EventId)) || old)
      return { fresh: fresh.reverse(), reachedKnown: true };
    fresh.push(event);
  }
  return { fresh: fresh.reverse(), reachedKnown: false };
}

/**
 * Follows a stack's events during one operation. `prime` marks what already happened as seen
 * (event ids, so a clock difference with AWS cannot hide or repeat events); each `poll`
 * returns the new events, oldest first, and keeps them for the root-cause search.
 */
export class StackEventStream {
  readonly events: StackEvent[] = [];
  private readonly seen = new Set<string>();

  private readonly since: Date;

  constructor(
    private readonly cfn: CloudFormationClient,
    private readonly stackName: string,
    startedAt: Date,
    private readonly signal?: AbortSignal,
  ) {
    // Only a bound for paging: the primed event ids decide what is new, so AWS's clock may
    // differ from ours by this much without losing an event.
    this.since = new Date(startedAt.getTime() - CLOCK_SKEW_MS);
  }

  async prime(): Promise<void> {
    const page = await this.cfn.send(new DescribeStackEventsCommand({ StackName: this.stackName }), {
      abortSignal: this.signal,
    });
    for (const event of page.StackEvents ?? []) if (event.EventId) this.seen.add(event.EventId);
  }

  async poll(): Promise<StackEvent[]> {
    const collected: StackEvent[][] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.cfn.send(
        new DescribeStackEventsCommand({ StackName: this.stackName, NextToken: nextToken }),
        { abortSignal: this.signal },
      );
      const { fresh, reachedKnown } = unseenEvents(page.StackEvents ?? [], this.seen, this.since);
      collected.unshift(fresh);
      nextToken = reachedKnown ? undefined : page.NextToken;
    } while (nextToken);
    const fresh = collected.flat();
    for (const event of fresh) if (event.EventId) this.seen.add(event.EventId);
    this.events.push(...fresh);
    return fresh;
  }
}
