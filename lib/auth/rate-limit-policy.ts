/**
 * Failed sign-ins allowed in the window before further attempts are refused,
 * per account (stops guessing one password) and per address (stops spraying
 * many accounts from one place).
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type FailureCounts = { account: number; address: number };

export function signInBlocked(counts: FailureCounts): boolean {
  return counts.account >= MAX_FAILURES_PER_ACCOUNT || counts.address >= MAX_FAILURES_PER_ADDRESS;
}

export const RATE_LIMIT_MESSAGE = "Too many failed sign-ins. Wait 15 minutes and try again.";
