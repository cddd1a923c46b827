import type { ResourceChange } from "@aws-sdk/client-cloudformation";

/** Resource types whose replacement or removal loses data or changes an identity others rely on. */
export const STATEFUL_TYPES: readonly string[] = [
  "AWS::S3::Bucket",
  "AWS::Cognito::UserPool",
  "AWS::ECR::Repository",
  "AWS::Logs::LogGroup",
  "AWS::SSM::Parameter",
  "AWS::DynamoDB::Table",
  "AWS::RDS::DBInstance",
  "AWS::RDS::DBCluster",
  "AWS::EFS::FileSystem",
  "AWS::KMS::Key",
  "AWS::SQS::Queue",
  "AWS::SecretsManager::Secret",
  "AWS::Kinesis::Stream",
  "AWS::ElastiCache::ReplicationGroup",
  "AWS::OpenSearchService::Domain",
];

export interface GateOptions {
  /** Extra stateful types from the user. */
  statefulTypes: readonly string[];
  /** `allow-replacement`: logical ids or resource types. */
  allow: readonly string[];
}

export interface DestructiveChange {
  logicalId: string;
  type: string;
  /** "Remove", "Replace" or "May replace" (Replacement Conditional). */
  effect: string;
  allowed: boolean;
}

export interface GateVerdict {
  destructive: DestructiveChange[];
  /** The destructive changes `allow-replacement` does not cover: the change set must not run. */
  blocked: DestructiveChange[];
}

function effectOf(change: ResourceChange): string | undefined {
  if (change.Action === "Remove") return "Remove";
  if (change.Action === "Modify" && change.Replacement === "True") return "Replace";
  if (change.Action === "Modify" && change.Replacement === "Conditional") return "May replace";
  return undefined;
}

export function evaluateGate(changes: readonly ResourceChange[], options: GateOptions): GateVerdict {
  const stateful = new Set([...STATEFUL_TYPES, ...options.statefulTypes]);
  const allow = new Set(options.allow);
  const destructive: DestructiveChange[] = [];
  for (const change of changes) {
    const effect = effectOf(change);
    const type = change.ResourceType ?? "";
    if (!effect || !stateful.has(type)) continue;
    const logicalId = change.LogicalResourceId ?? "";
    destructive.push({ logicalId, type, effect, allowed: allow.has(logicalId) || allow.has(type) });
  }
  return { destructive, blocked: destructive.filter((change) => !change.allowed) };
}

export function describeBlocked(blocked: readonly DestructiveChange[]): string {
  const list = blocked.map((change) => `${change.logicalId} (${change.type}): ${change.effect}`).join("; ");
  return (
    `The change set would replace or remove stateful resources: ${list}. ` +
    `If that is intended, name them (logical id or type) in allow-replacement.`
  );
}
