import { couldNotCheck, seen } from "../check-builder";
import { enforcementDanger } from "../../reputation/danger";
import { ENFORCEMENT_GUIDANCE } from "../enforcement";
import type { Check, GatheredState } from "../types";

const wizard = { href: "/production-access", label: "Production-access wizard" };

export function requestSubmittedCheck(s: GatheredState): Check {
  const base = {
    id: "access.request-submitted",
    group: "access" as const,
    title: "Production-access request submitted",
    why: "Only AWS can lift the sandbox: 200 messages a day, 1 a second, verified recipients only. The request describes the use case, the recipients' opt-in and the bounce handling.",
    fix: {
      steps: [
        `SES console (${s.region}) → Account dashboard → Request production access.`,
        "Mail type Transactional, your website, a detailed use case, and how you handle bounces and complaints.",
      ],
      cli: `aws sesv2 put-account-details --production-access-enabled --mail-type TRANSACTIONAL --website-url https://your-domain.com --use-case-description "..." --contact-language EN --region ${s.region}`,
      link: wizard,
    },
    weight: 2,
  };
  const expected = "ProductionAccessEnabled true, or a review with status PENDING or GRANTED";
  if (!s.account.ok) return couldNotCheck(base, s.account, expected);
  const a = s.account.value;
  const status = a.review?.status;
  const observed = `ProductionAccessEnabled ${a.production}; review ${status ? `${status}${a.review?.caseId ? ` (case ${a.review.caseId})` : ""}` : "none"}`;
  const evidence = [seen(s.account, observed, expected)];
  if (a.production || status === "GRANTED") return { ...base, status: "done", summary: "Production access is granted.", evidence };
  if (status === "PENDING")
    return {
      ...base,
      status: "done",
      summary: `Submitted; AWS is reviewing it${a.review?.caseId ? ` (case ${a.review.caseId})` : ""}.`,
      evidence,
    };
  if (status === "DENIED" || status === "FAILED")
    return {
      ...base,
      status: "todo",
      summary: `The last request was ${status.toLowerCase()}: address the reasons and submit again.`,
      evidence,
    };
  return { ...base, status: "todo", summary: "No request submitted in this region.", evidence };
}

export function productionGrantedCheck(s: GatheredState): Check {
  const base = {
    id: "access.granted",
    group: "access" as const,
    title: "Production access granted",
    why: "Production access removes the sandbox limits in this region only; every region is reviewed separately.",
    fix: {
      steps: ["Wait for AWS's answer (typically 24 to 48 hours), and reply to the support case if AWS asks questions."],
      link: wizard,
    },
    weight: 3,
  };
  const expected = "ProductionAccessEnabled true";
  if (!s.account.ok) return couldNotCheck(base, s.account, expected);
  const a = s.account.value;
  const evidence = [
    seen(s.account, `ProductionAccessEnabled ${a.production}${a.review?.status ? `; review ${a.review.status}` : ""}`, expected),
  ];
  if (a.production)
    return {
      ...base,
      status: "done",
      summary: `Production: ${a.quota.max24Hour.toLocaleString("en-US")} a day, ${a.quota.maxSendRate} a second.`,
      evidence,
    };
  if (a.review?.status === "PENDING") return { ...base, status: "warning", summary: "Waiting for AWS's review.", evidence };
  return { ...base, status: "todo", summary: "Still in the sandbox.", evidence };
}

export function accountHealthCheck(s: GatheredState): Check {
  const base = {
    id: "monitoring.account-health",
    group: "monitoring" as const,
    title: "Sending enabled and enforcement status HEALTHY",
    why: "PROBATION means AWS is watching the account; SHUTDOWN, or sending disabled, means no mail leaves at all.",
    fix: {
      steps: [
        "Read the notice from AWS in the account's email and the support center.",
        "Review bounce and complaint rates, fix the cause, and submit an explanation and remediation plan through the support case.",
      ],
    },
    weight: 2,
  };
  const expected = "SendingEnabled true and EnforcementStatus HEALTHY";
  if (!s.account.ok) return couldNotCheck(base, s.account, expected);
  const a = s.account.value;
  const evidence = [seen(s.account, `SendingEnabled ${a.sendingEnabled}; EnforcementStatus ${a.enforcementStatus}`, expected)];
  const guidance = ENFORCEMENT_GUIDANCE[a.enforcementStatus];
  if (!a.sendingEnabled) return { ...base, status: "todo", danger: "paused", summary: "Sending is paused for this account.", evidence };
  if (a.enforcementStatus === "HEALTHY") return { ...base, status: "done", summary: "Sending enabled, no enforcement.", evidence };
  // Under review is a to-do, not a warning: the account is one step from a pause.
  return {
    ...base,
    status: "todo",
    danger: enforcementDanger(a.enforcementStatus),
    summary: `${a.enforcementStatus}: ${guidance?.meaning ?? "unrecognized status"} ${guidance?.action ?? ""}`.trim(),
    evidence,
  };
}
