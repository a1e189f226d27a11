import Link from "next/link";
import { StatusBadge } from "@/components/readiness/status-badge";
import type { ObservedFacts } from "@/lib/access-request/observed-facts";

const n = (v: number) => (v < 0 ? "unlimited" : v.toLocaleString("en-US"));

/** Granted: the quotas as GetAccount reports them (AWS documents no default) and the guide's step 4. */
export function GrantedPanel({ observed }: { observed: ObservedFacts }) {
  const q = observed.account?.quota;
  const item = (id: string | null, text: React.ReactNode) => (
    <li className="flex items-start gap-3">
      <StatusBadge status={id ? (observed.checks[id]?.status ?? "unknown") : "todo"} />
      <span>{text}</span>
    </li>
  );
  return (
    <div className="space-y-4">
      <p data-testid="granted-quotas" className="text-lg">
        New quotas: <strong>{q ? n(q.max24Hour) : "?"}</strong> emails per 24 hours, <strong>{q ? n(q.maxSendRate) : "?"}</strong> per
        second.
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        As read from SES GetAccount. AWS documents no default; raise them later through Service Quotas when real volume approaches them.
      </p>
      <h3 className="font-semibold">After approval</h3>
      <ul className="space-y-2 text-sm" data-testid="post-approval">
        {item(
          "post-approval.production-settings",
          <>
            Update the application&apos;s settings: <code>AWS_SES_PRODUCTION_MODE=true</code>, <code>AWS_SES_REGION={observed.region}</code>
            , and a From address at the verified domain.{" "}
            <Link href="/readiness#post-approval.production-settings" className="text-sky-700 underline dark:text-sky-400">
              Confirm it
            </Link>
          </>,
        )}
        {item(
          "identity.from-address",
          <>
            The From address is on a verified identity.{" "}
            <Link href="/settings" className="text-sky-700 underline dark:text-sky-400">
              Settings
            </Link>
          </>,
        )}
        {item(
          "sending.real-recipient",
          <>
            Send a test email to a real, unverified recipient.{" "}
            <Link href="/readiness#sending.real-recipient" className="text-sky-700 underline dark:text-sky-400">
              Send a test
            </Link>
          </>,
        )}
        {item(
          "monitoring.alarms",
          <>
            Alarms on the bounce rate (keep below 5%) and complaint rate (below 0.1%).{" "}
            <Link href="/readiness#monitoring.alarms" className="text-sky-700 underline dark:text-sky-400">
              Checklist
            </Link>
          </>,
        )}
        {item(
          null,
          <>
            Check the reputation dashboard weekly.{" "}
            <Link href="/reputation" className="text-sky-700 underline dark:text-sky-400">
              Reputation
            </Link>
          </>,
        )}
      </ul>
    </div>
  );
}

// Reported causes of denial (notes §2; seed guide, Troubleshooting).
const CAUSES = [
  "A vague, short or casual use case: reviewers read numbers and processes, not adjectives.",
  "Only an address verified, no verified domain with DKIM.",
  "A website that is missing, parked, under construction or silent about the mail.",
  "No stated list source or opt-in; any hint of purchased or cold lists.",
  "No bounce, complaint or unsubscribe process in place.",
  "A brand-new account with no other AWS use and no sandbox testing; unverified billing.",
];

/** Denied: what usually causes it and how to reply; the API refuses a new request, the case does not. */
export function DeniedGuide({ caseLink }: { caseLink?: string }) {
  return (
    <div className="space-y-3 text-sm" data-testid="denied-guide">
      <p>
        AWS&apos;s denial names no reasons, and it is not final: teams have been granted after a reply on the case asking for a second
        review. SES refuses a new request through the API after a denial (409), so the way forward is the support case.
      </p>
      <h3 className="font-semibold">Common causes</h3>
      <ul className="list-disc space-y-1 pl-5">
        {CAUSES.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h3 className="font-semibold">Replying on the case</h3>
      <ol className="list-decimal space-y-1 pl-5">
        <li>Fix what the pre-flight review still flags: AWS reads fixes, not plans.</li>
        <li>Update the prepared answers below (they start from your last request) with real numbers and a sample message.</li>
        <li>
          Reply on the case
          {caseLink ? (
            <>
              {" "}
              (
              <a href={caseLink} target="_blank" rel="noreferrer" className="text-sky-700 underline dark:text-sky-400">
                open it
              </a>
              )
            </>
          ) : (
            ""
          )}{" "}
          with the answers, say what changed, and ask for a second review. If the case is closed, open a new support case citing the denial.
        </li>
      </ol>
    </div>
  );
}
