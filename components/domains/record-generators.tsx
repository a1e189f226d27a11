import { buttonStyles } from "@/components/ui/button-styles";
import type { DmarcPolicy } from "@/lib/dns/dmarc/dmarc-types";
import { dmarcRolloutSteps } from "@/lib/dns/generators/generate-dmarc-record";
import { generateMailFromRecords } from "@/lib/dns/generators/generate-ses-records";
import type { SpfMerge } from "@/lib/dns/spf/merge-spf-record";
import { displayValue } from "@/lib/domains/records-to-publish";
import { CopyButton } from "./copy-button";

const Value = ({ value, label }: { value: string; label: string }) => (
  <div className="flex items-start">
    <code className="rounded bg-slate-100 px-1 break-all dark:bg-slate-800">{value}</code>
    <CopyButton value={value} label={label} />
  </div>
);

/** DMARC with a chosen policy and report address (and the staged rollout), the SPF merge, the MAIL FROM records, and the exports. */
export function RecordGenerators({
  domain,
  region,
  mailFromDomain,
  policy,
  rua,
  spfMerge,
}: {
  domain: string;
  region: string;
  mailFromDomain?: string;
  policy: DmarcPolicy;
  rua?: string;
  spfMerge: SpfMerge;
}) {
  const query = new URLSearchParams({ policy, ...(rua ? { rua } : {}) }).toString();
  const exportHref = (format: string) => `/api/domains/${encodeURIComponent(domain)}/records?format=${format}&${query}`;
  const mailFrom = generateMailFromRecords(mailFromDomain ?? `mail.${domain}`, region);
  return (
    <div className="space-y-6 text-sm">
      <section>
        <h3 className="font-semibold">DMARC</h3>
        <form method="get" className="mt-2 flex flex-wrap items-end gap-3">
          <label className="space-y-1">
            <span className="block font-medium">Policy</span>
            <select
              name="policy"
              defaultValue={policy}
              className="rounded-md border border-slate-300 bg-white px-2 py-2 dark:border-slate-700 dark:bg-slate-950"
            >
              <option value="none">none (monitor)</option>
              <option value="quarantine">quarantine</option>
              <option value="reject">reject</option>
            </select>
          </label>
          <label className="space-y-1">
            <span className="block font-medium">Aggregate report address</span>
            <input
              name="rua"
              type="email"
              defaultValue={rua ?? ""}
              placeholder={`dmarc-reports@${domain}`}
              className="rounded-md border border-slate-300 bg-white px-2 py-2 dark:border-slate-700 dark:bg-slate-950"
            />
          </label>
          <button type="submit" className={buttonStyles.secondary}>
            Update records
          </button>
        </form>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          The records table, the exports and the demo publish use this policy. The staged rollout:
        </p>
        <ol className="mt-1 list-decimal space-y-2 pl-5">
          {dmarcRolloutSteps(domain, rua).map((s) => (
            <li key={s.stage}>
              <Value value={s.record.value} label={`DMARC ${s.stage} record`} />
              <p className="text-slate-600 dark:text-slate-400">{s.when}</p>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h3 className="font-semibold">SPF for {domain}</h3>
        {spfMerge.ok ? (
          spfMerge.unchanged ? (
            <p>The record already includes amazonses.com; nothing to merge.</p>
          ) : (
            <>
              <p>
                Replace the existing SPF record with this one (every existing mechanism kept, {spfMerge.lookups} DNS lookups of 10). Publish
                it as one TXT record:
              </p>
              <Value value={spfMerge.record} label="merged SPF record" />
            </>
          )
        ) : (
          <p role="note">Not merged: {spfMerge.reason}</p>
        )}
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          SES uses the apex's SPF only through a custom MAIL FROM subdomain below it; the MAIL FROM's own record is below.
        </p>
      </section>
      <section>
        <h3 className="font-semibold">Custom MAIL FROM {mailFromDomain ? mailFromDomain : `(suggested: mail.${domain})`}</h3>
        <ul className="mt-1 space-y-1">
          {mailFrom.map((r) => (
            <li key={r.type}>
              <code>{r.name}</code> {r.type} <Value value={displayValue(r)} label={`MAIL FROM ${r.type} value`} />
            </li>
          ))}
        </ul>
      </section>
      <section className="flex flex-wrap gap-2">
        <a href={exportHref("bind")} className={buttonStyles.secondary} download>
          Download BIND zone snippet
        </a>
        <a href={exportHref("route53")} className={buttonStyles.secondary} download>
          Download Route 53 change batch
        </a>
      </section>
    </div>
  );
}
