import { finding, type Rule } from "./types";

const supportCase = (caseId?: string) => (caseId ? ` (case ${caseId})` : "");

/** A1–A4 (notes §5): states of the account in which a request must not be sent at all. */
export const accountRules: Rule[] = [
  (_, o) =>
    o.account?.review?.status === "PENDING"
      ? finding(
          "A1",
          "blocker",
          "A review is already pending",
          `AWS is reviewing this region's request${supportCase(o.account.review.caseId)}. SES answers a new one with a conflict until the review ends; reply on the support case instead.`,
        )
      : null,
  (_, o) =>
    o.account?.review?.status === "DENIED"
      ? finding(
          "A2",
          "blocker",
          "The last request was denied",
          "After a denial SES refuses a new request through the API (409). Fix what the review flags, then reply on the support case and ask for a second review.",
        )
      : null,
  (_, o) =>
    o.account?.production
      ? finding(
          "A3",
          "blocker",
          "Production access is already granted",
          `${o.region} is out of the sandbox: there is nothing to request. Ask for higher quotas through Service Quotas.`,
        )
      : null,
  (_, o) =>
    o.account && (!o.account.sendingEnabled || o.account.enforcementStatus !== "HEALTHY")
      ? finding(
          "A4",
          "blocker",
          "Sending is paused or under enforcement",
          `SendingEnabled ${o.account.sendingEnabled}, EnforcementStatus ${o.account.enforcementStatus}: resolve the enforcement case with AWS first.`,
        )
      : null,
  (_, o) =>
    o.account
      ? null
      : finding(
          "A5",
          "warning",
          "No reading of this region yet",
          `The dashboard has not read ${o.region} from AWS, so nothing about the account could be checked. Refresh first.`,
        ),
];
