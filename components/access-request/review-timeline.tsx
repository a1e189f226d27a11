import type { StoredRequest } from "@/lib/access-request/request-store";

export const caseUrl = (caseId: string) =>
  `https://console.aws.amazon.com/support/home#/case/?displayId=${encodeURIComponent(caseId)}&language=en`;
const when = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) + " UTC" : "");

const DECISION: Record<string, string> = {
  PENDING: "Waiting for AWS's decision. It usually comes within 24 hours to a few days; it may come only after you answer the follow-up.",
  GRANTED: "Granted: the region is out of the sandbox.",
  DENIED: "Denied. AWS gives no reasons; see below for what to do.",
  FAILED: "Failed: AWS never received the request. Submit it again.",
};

/** Submitted → follow-up on the support case → decision, from the stored request and GetAccount's ReviewDetails. */
export function ReviewTimeline({ request, status, caseId }: { request: StoredRequest | null; status: string; caseId?: string }) {
  const done = status !== "PENDING";
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm dark:border-slate-700" data-testid="review-timeline">
      <li>
        <p className="font-medium">Submitted</p>
        <p className="text-slate-600 dark:text-slate-400">
          {request?.submittedAt
            ? `${when(request.submittedAt)} by ${request.submittedBy ?? "unknown"}`
            : "Submitted outside the dashboard (console or CLI)."}
        </p>
      </li>
      <li>
        <p className="font-medium">Follow-up on the support case</p>
        <p className="text-slate-600 dark:text-slate-400">
          AWS usually asks for details on the case within hours; answer there with the prepared answers.{" "}
          {caseId ? (
            <a
              href={caseUrl(caseId)}
              target="_blank"
              rel="noreferrer"
              className="text-sky-700 underline dark:text-sky-400"
              data-testid="case-link"
            >
              Open case {caseId} in the AWS Support Center
            </a>
          ) : (
            "The case id appears with the next reading."
          )}
        </p>
        <p className="text-xs text-slate-500">
          Reading the case through the API needs a paid support plan, so the dashboard links to it instead.
        </p>
      </li>
      <li>
        <p className="font-medium">
          Decision:{" "}
          <span data-testid="review-decision" data-status={status}>
            {status}
          </span>
        </p>
        <p className={done ? "" : "text-slate-600 dark:text-slate-400"}>{DECISION[status] ?? status}</p>
      </li>
    </ol>
  );
}
