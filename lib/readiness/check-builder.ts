import type { Check, Evidence, ObservedEvent, Sourced } from "./types";

type Base = Omit<Check, "status" | "summary" | "evidence">;

/** A check whose source could not be read: "could not check", never a guess in either direction. */
export function couldNotCheck(base: Base, source: Extract<Sourced<unknown>, { ok: false }>, expected: string): Check {
  return {
    ...base,
    status: "unknown",
    summary: `Could not check: ${source.error}`,
    evidence: [{ query: source.query, observed: `error: ${source.error}`, expected, at: source.at }],
  };
}

/** Evidence for a successful read. */
export const seen = (source: Sourced<unknown>, observed: string, expected: string): Evidence => ({
  query: source.query,
  observed,
  expected,
  at: source.at,
});

export const percent = (rate: number) => `${(rate * 100).toFixed(rate < 0.01 ? 3 : 2)}%`;

/** How a processed event reads in the evidence: which message, to whom, through which notification. */
export const describeEvent = (e: ObservedEvent) =>
  `${e.kind} of SES message ${e.sesMessageId} for ${e.recipient}, in SNS notification ${e.snsMessageId} on ${e.topicArn}, processed at ${e.at}`;
