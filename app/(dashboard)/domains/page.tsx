import Link from "next/link";
import { AddDomainForm } from "@/components/domains/add-domain-form";
import { PartBadge } from "@/components/domains/part-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { listDomainsWithChecks, type DomainRow } from "@/lib/domains/list-domains";
import { PART_LABELS, type PartId } from "@/lib/domains/part-statuses";
import { selectedRegion } from "@/lib/settings/selected-region";
import { addDomainAction } from "./actions";

export const metadata = { title: "Domains" };

const PARTS: PartId[] = ["spf", "dkim", "dmarc", "mailFrom", "alignment"];

export default async function DomainsPage() {
  const [user, region] = await Promise.all([requireUser(), selectedRegion()]);
  let rows: DomainRow[] = [];
  let error: string | undefined;
  try {
    rows = await listDomainsWithChecks(region);
  } catch (e) {
    error = describeAwsError(e, "ses:ListEmailIdentities");
  }
  return (
    <>
      <PageHeader
        title="Domains"
        description={`Every SES identity in ${region}, with SPF, DKIM, DMARC and MAIL FROM as DNS and SES see them.`}
      />
      <div className="space-y-4">
        {hasRole(user.role, "admin") && (
          <Card title="Add a domain">
            <AddDomainForm action={addDomainAction} />
          </Card>
        )}
        {error ? (
          <Card>
            <p role="alert">Could not list the identities: {error}</p>
          </Card>
        ) : rows.length === 0 ? (
          <Card>
            <p>No identity in {region} yet. Add the domain you send from to start.</p>
          </Card>
        ) : (
          <Card title="Identities">
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {rows.map((row) => (
                <DomainItem key={row.identity.name} row={row} />
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}

function DomainItem({ row }: { row: DomainRow }) {
  const { identity, parts, latest } = row;
  if (identity.type === "EMAIL_ADDRESS") {
    return (
      <li className="py-3">
        <p className="font-medium">{identity.name}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          E-mail address identity, verification {identity.verificationStatus ?? "unknown"}: no DNS records apply.
        </p>
      </li>
    );
  }
  return (
    <li className="py-3" data-domain={identity.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={`/domains/${encodeURIComponent(identity.name)}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          {identity.name}
        </Link>
        <span className="text-xs text-slate-500">
          {latest ? `checked ${latest.checkedAt.replace("T", " ").slice(0, 16)} UTC` : "not checked yet: open it to check"} · SES
          verification {identity.verificationStatus ?? "unknown"}
        </span>
      </div>
      {parts && (
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-5">
          {PARTS.map((p) => (
            <div key={p} className="min-w-0" data-part={p}>
              <dt className="flex items-center gap-2 text-sm font-medium">
                {PART_LABELS[p]} <PartBadge status={parts[p].status} />
              </dt>
              <dd className="truncate text-xs text-slate-600 dark:text-slate-400" title={parts[p].summary}>
                {parts[p].summary}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
