import type { RecheckResult } from "../domains/recheck-domains";
import type { Alert, AlertSeverity } from "./detect-alerts";

/** A part turning red deserves attention; turning green, or starting to propagate, is news. */
const severityOf = (to: string): AlertSeverity => (to === "error" ? "warning" : "info");

/**
 * One alert per part of a domain whose status moved between two automatic re-checks. The key holds the
 * check's time, so a second collector storing the same re-check stores nothing new.
 */
export function domainStatusAlerts(region: string, checked: RecheckResult["checked"]): Alert[] {
  return checked.flatMap(({ domain, changes, checkedAt }) =>
    changes.map((c) => {
      const at = Date.parse(checkedAt);
      return {
        key: [region, "domain-status", domain, c.part, c.to, at].join(":"),
        region,
        at,
        kind: "domain-status" as const,
        severity: severityOf(c.to),
        subject: domain,
        part: c.part,
        from: c.from,
        to: c.to,
      };
    }),
  );
}
