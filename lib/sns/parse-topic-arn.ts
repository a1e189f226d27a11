export type TopicArnParts = { partition: string; region: string; accountId: string; name: string };

/** `arn:<partition>:sns:<region>:<account>:<name>`; undefined for anything else. */
export function parseTopicArn(arn: string): TopicArnParts | undefined {
  const m = /^arn:(aws(?:-[a-z]+)*):sns:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):([A-Za-z0-9_.-]{1,256})$/.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, region: m[2]!, accountId: m[3]!, name: m[4]! };
}

/** Exact ARN match: a topic of the same name in another account or region is a different topic. */
export function isTopicAllowed(arn: string, allowed: Iterable<string>): boolean {
  for (const a of allowed) if (a === arn) return true;
  return false;
}
