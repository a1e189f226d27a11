import type { SesIdentityState } from "@/lib/dns/check-domain";

/** SES's own view of the identity (GetEmailIdentity), beside the DNS view, and where the two disagree. */
export function SesView({
  ses,
  mailFromDomain,
  disagreements,
}: {
  ses?: SesIdentityState;
  mailFromDomain?: string;
  disagreements: string[];
}) {
  if (!ses) return <p className="text-sm">SES did not describe this identity.</p>;
  const info = ses.verificationInfo;
  const items: [string, string | undefined][] = [
    ["Verification", ses.verificationStatus],
    ["DKIM status", ses.dkimStatus],
    ["DKIM signing", ses.signingEnabled === undefined ? undefined : ses.signingEnabled ? "enabled" : "disabled"],
    ["Signing key", ses.signingKeyLength ? `${ses.signingKeyLength}${ses.signingOrigin ? ` (${ses.signingOrigin})` : ""}` : undefined],
    ["MAIL FROM", mailFromDomain ? `${mailFromDomain}: ${ses.mailFromStatus ?? "unknown"}` : "not configured"],
    ["On MX failure", ses.behaviorOnMxFailure],
    ["Last error type", info?.errorType],
    ["Last checked by SES", info?.lastCheckedTimestamp?.replace("T", " ").slice(0, 16)],
    ["Last success", info?.lastSuccessTimestamp?.replace("T", " ").slice(0, 16)],
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="ses-view">
        {items
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd className="break-words">{v}</dd>
            </div>
          ))}
      </dl>
      {disagreements.length > 0 && (
        <div className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="font-medium">SES and DNS disagree</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {disagreements.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
