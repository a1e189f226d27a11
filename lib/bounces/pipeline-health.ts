export type PipelineHealth =
  | { status: "ok"; detail: string }
  | { status: "silent"; detail: string }
  | { status: "idle"; detail: string }
  | { status: "unwatched"; detail: string };

const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 16)} UTC`;

/**
 * The callback that silently never fires: messages were sent within the window, yet no SES notification was
 * processed within it. Only a processed bounce, complaint or delivery counts: a subscription confirmation or a
 * message whose processing failed proves nothing. Without a subscribed topic none is expected. Pure: the
 * caller reads the sends (CloudWatch samples) and the last processed notification.
 */
export function assessPipeline(input: {
  sends: number;
  lastProcessedAt?: Date;
  silenceHours: number;
  now: Date;
  subscribed?: boolean;
}): PipelineHealth {
  const { sends, lastProcessedAt, silenceHours, now, subscribed = true } = input;
  if (!subscribed)
    return {
      status: "unwatched",
      detail: "The dashboard is not subscribed to a notification topic of this account and region, so no notification is expected.",
    };
  const since = now.getTime() - silenceHours * 3_600_000;
  if (lastProcessedAt && lastProcessedAt.getTime() >= since)
    return { status: "ok", detail: `Last SES notification processed ${utc(lastProcessedAt)}.` };
  if (sends <= 0)
    return { status: "idle", detail: `No messages sent in the last ${silenceHours} hours, so no notifications are expected.` };
  const last = lastProcessedAt ? `since ${utc(lastProcessedAt)}` : "ever";
  return {
    status: "silent",
    detail: `${Math.round(sends)} messages were sent in the last ${silenceHours} hours, but no bounce, complaint or delivery notification has been processed ${last}. Check the set-up: topics, routes and a confirmed subscription.`,
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
