import { allPassing, partStatuses, type StoredDomainCheck } from "./part-statuses";

export const PASSING_RECHECK_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the scheduled re-check should look at a domain now: never checked or
 * not yet passing (SES pending included) at every run; passing ones once a day,
 * to catch a record someone deleted.
 */
export function recheckDue(latest: StoredDomainCheck | undefined, now: Date, passingEveryMs = PASSING_RECHECK_MS): boolean {
  if (!latest) return true;
  if (!allPassing(partStatuses(latest))) return true;
  return now.getTime() - new Date(latest.checkedAt).getTime() >= passingEveryMs;
}
