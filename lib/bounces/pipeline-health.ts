export type PipelineHealth =
  | { status: "ok"; detail: string }
  | { status: "silent"; detail: string }
  | { status: "idle"; detail: string };

/**
 * The callback that silently never fires: messages were sent within the window, yet no notification reached the
 * webhook within it. Pure: the caller reads the sends (CloudWatch samples) and the last arrival.
 */
export function assessPipeline(input: { sends: number; lastReceivedAt?: Date; silenceHours: number; now: Date }): PipelineHealth {
  const { sends, lastReceivedAt, silenceHours, now } = input;
  const since = now.getTime() - silenceHours * 3_600_000;
  if (lastReceivedAt && lastReceivedAt.getTime() >= since) return { status: "ok", detail: `Last notification received ${lastReceivedAt.toISOString().replace("T", " ").slice(0, 16)} UTC.` };
  if (sends <= 0) return { status: "idle", detail: `No messages sent in the last ${silenceHours} hours, so no notifications are expected.` };
  const last = lastReceivedAt ? `since ${lastReceivedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "ever";
  return {
    status: "silent",
    detail: `${Math.round(sends)} messages were sent in the last ${silenceHours} hours, but no notification has reached the webhook ${last}. Check the set-up below: topics, routes and a confirmed subscription.`,
  };
}

export type SuppressionDiff = { onlyInSes: string[]; onlyHere: string[]; inBoth: number };

/** Both directions. Mailbox-simulator addresses are never copied to SES, so their absence there is not a difference. */
export function diffSuppressionLists(local: Iterable<string>, ses: Iterable<string>): SuppressionDiff {
  const here = new Set([...local].map((a) => a.toLowerCase()));
  const there = new Set([...ses].map((a) => a.toLowerCase()));
  const onlyHere = [...here].filter((a) => !there.has(a) && !a.endsWith("@simulator.amazonses.com")).sort();
  const onlyInSes = [...there].filter((a) => !here.has(a)).sort();
  return { onlyInSes, onlyHere, inBoth: [...here].filter((a) => there.has(a)).length };
}
