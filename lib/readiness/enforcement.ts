/** What each SES enforcement status means for the team, and what to do (SES developer guide, enforcement FAQ). */
export const ENFORCEMENT_GUIDANCE: Record<string, { tone: "ok" | "warn" | "bad"; meaning: string; action: string }> = {
  HEALTHY: {
    tone: "ok",
    meaning: "AWS has taken no enforcement action.",
    action: "Keep bounce rate under 5% and complaint rate under 0.1%.",
  },
  PROBATION: {
    tone: "warn",
    meaning: "Under review: AWS saw bounce or complaint rates that put the account at risk.",
    action: "Find the cause (list quality, a broken form), fix it, and tell AWS Support what changed before the review period ends.",
  },
  SHUTDOWN: {
    tone: "bad",
    meaning: "Sending is paused by AWS.",
    action: "Review the notice from AWS, fix the cause, then submit an explanation and remediation plan through the support case.",
  },
};

export const SANDBOX_MEANING =
  "Sandbox: mail only to verified addresses and domains (or the mailbox simulator), at most 200 messages in 24 hours and 1 per second.";
export const PRODUCTION_MEANING = "Production: mail to any recipient, within this account's own quotas.";
