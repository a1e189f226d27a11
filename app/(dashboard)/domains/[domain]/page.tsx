import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { DomainHistory } from "@/components/domains/domain-history";
import { FindingsList } from "@/components/domains/findings-list";
import { PartBadge } from "@/components/domains/part-badge";
import { PropagationTable } from "@/components/domains/propagation-table";
import { RecordGenerators } from "@/components/domains/record-generators";
import { RecordsTable } from "@/components/domains/records-table";
import { SesView } from "@/components/domains/ses-view";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { domainDetail } from "@/lib/domains/domain-detail";
import { PART_LABELS, type PartId } from "@/lib/domains/part-statuses";
import { propagationView } from "@/lib/domains/propagation-view";
import type { RecordRow } from "@/lib/domains/record-rows";
import { UnknownIdentityError } from "@/lib/domains/run-domain-check";
import { isDemo } from "@/lib/env";
import { selectedRegion } from "@/lib/settings/selected-region";
import { dmarcChoiceSchema, domainNameField } from "@/lib/validation/domain";
import { checkNowAction, publishDemoAction } from "../actions";

type Props = { params: Promise<{ domain: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Next.js has decoded the segment once; decoding it again would throw on a %25 (a 500), so it is only validated.
export async function generateMetadata({ params }: Props) {
  return { title: (await params).domain };
}

const PARTS: PartId[] = ["spf", "dkim", "dmarc", "mailFrom", "alignment"];

export default async function DomainPage({ params, searchParams }: Props) {
  const [user, region, { domain: raw }, query] = await Promise.all([requireUser(), selectedRegion(), params, searchParams]);
  const parsed = domainNameField.safeParse(raw);
  if (!parsed.success) return <NotADomain name={raw} problem={parsed.error.issues[0]?.message ?? "Invalid domain."} />;
  const domain = parsed.data;
  const { policy, rua } = dmarcChoiceSchema.parse({ policy: query.policy, rua: query.rua || undefined });
  let detail;
  try {
    detail = await domainDetail(region, domain, { policy, rua });
  } catch (e) {
    if (e instanceof UnknownIdentityError) notFound();
    throw e;
  }
  const { stored, parts, rows } = detail;
  const check = stored.check;
  const part = (id: PartId, findings: typeof check.spf.findings) => ({ id, title: PART_LABELS[id], findings });
  const sections = [
    part("spf", check.spf.findings),
    // With a custom MAIL FROM, the domain's own SPF is checked too: it is what the domain's other senders are judged by.
    ...(check.apexSpf ? [{ id: "apexSpf", title: `SPF of ${domain} (its other mail)`, findings: check.apexSpf.findings }] : []),
    part("dkim", check.dkim.findings),
    part("dmarc", check.dmarc.findings),
    part("mailFrom", check.mailFrom.findings),
    part("alignment", check.alignment.findings),
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/domains" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Domains
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader
          title={domain}
          description={`${region} · checked ${stored.checkedAt.replace("T", " ").slice(0, 19)} UTC${stored.fresh ? " (fresh)" : " (DNS answers cached per TTL)"}`}
        />
        <div className="flex flex-wrap gap-2">
          {hasRole(user.role, "operator") && (
            <ActionButton action={checkNowAction} fields={{ domain }} label="Check now" pendingLabel="Checking…" variant="secondary" />
          )}
        </div>
      </div>
      <div className="space-y-4">
        {query.added && (
          <Card>
            <p role="status" className="font-medium">
              {domain} was added to SES. Publish the records below at your DNS host; SES verifies DKIM once it sees the CNAMEs (it keeps
              looking for up to 72 hours).
            </p>
          </Card>
        )}
        <Card title="Status">
          <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            {PARTS.map((p) => (
              <div key={p} data-part={p}>
                <dt className="flex items-center gap-2 text-sm font-medium">
                  {PART_LABELS[p]} <PartBadge status={parts[p].status} />
                </dt>
                <dd className="text-xs text-slate-600 dark:text-slate-400">{parts[p].summary}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Records to publish">
          <RecordsTable rows={rows} />
          {isDemo() && hasRole(user.role, "admin") && (
            <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">
              <ActionButton
                action={publishDemoAction}
                fields={{ domain, policy, rua }}
                label="Publish these records (demo DNS)"
                pendingLabel="Publishing…"
              />
            </div>
          )}
        </Card>
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="What SES says">
            <SesView ses={stored.ses} mailFromDomain={stored.mailFromDomain} disagreements={detail.disagreements} />
          </Card>
          <Card title="Findings">
            <div className="space-y-4">
              {sections.map((s) => (
                <section key={s.id} data-section={s.id}>
                  <h3 className="mb-1 text-sm font-semibold">{s.title}</h3>
                  <FindingsList findings={s.findings} />
                </section>
              ))}
            </div>
          </Card>
        </div>
        <Card title="Propagation">
          <Suspense fallback={<p className="text-sm">Asking the zone's name servers…</p>}>
            <Propagation domain={domain} rows={rows} />
          </Suspense>
        </Card>
        <Card title="Record generators">
          <RecordGenerators
            domain={domain}
            region={region}
            mailFromDomain={stored.mailFromDomain}
            policy={policy}
            rua={rua}
            spfMerge={detail.spfMerge}
          />
        </Card>
        <Card title="History">
          <DomainHistory history={detail.history} checks={detail.checks} />
        </Card>
      </div>
    </>
  );
}

async function Propagation({ domain, rows }: { domain: string; rows: RecordRow[] }) {
  const view = await propagationView(
    domain,
    rows.map((r) => ({ name: r.name, type: r.type })),
  );
  return <PropagationTable view={view} />;
}

function NotADomain({ name, problem }: { name: string; problem: string }) {
  return (
    <>
      <PageHeader title="Not a domain name" />
      <Card>
        <p role="alert" data-testid="bad-domain">
          “{name}” is not a domain name: {problem}{" "}
          <Link href="/domains" className="text-sky-700 hover:underline dark:text-sky-400">
            Back to the domains
          </Link>
        </p>
      </Card>
    </>
  );
}
