import type { CheckStatus } from "../../lib/readiness/types";

export const STATUS_MARK: Record<CheckStatus, string> = { done: "✓", warning: "!", todo: "✗", unknown: "?", "not-applicable": "–" };

/** "2026-01-01 12:00 UTC" from an ISO time or a Date. */
export const utc = (at: string | Date): string => `${(typeof at === "string" ? at : at.toISOString()).replace("T", " ").slice(0, 16)} UTC`;
