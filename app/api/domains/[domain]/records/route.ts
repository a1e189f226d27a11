import { apiErrorResponse } from "@/lib/auth/api-errors";
import { requireUser } from "@/lib/auth/session";
import { toBindZone, toRoute53ChangeBatch } from "@/lib/dns/generators/export-records";
import { latestDomainCheck } from "@/lib/domains/domain-check-store";
import { readSesIdentity } from "@/lib/domains/read-ses-identity";
import { recordsToPublish } from "@/lib/domains/records-to-publish";
import { selectedRegion } from "@/lib/settings/selected-region";
import { dmarcChoiceSchema, domainNameField } from "@/lib/validation/domain";

/** The records to publish as a download: `?format=bind` (zone-file snippet) or `route53` (change batch JSON). */
export async function GET(request: Request, { params }: { params: Promise<{ domain: string }> }) {
  try {
    await requireUser();
  } catch (e) {
    return apiErrorResponse(e);
  }
  const url = new URL(request.url);
  // Next.js has decoded the segment once; it is not decoded again (a %25 would throw).
  const parsed = domainNameField.safeParse((await params).domain);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid domain." }, { status: 400 });
  const domain = parsed.data;
  const region = await selectedRegion(url.searchParams.get("region"));
  const { policy, rua } = dmarcChoiceSchema.parse({
    policy: url.searchParams.get("policy") ?? undefined,
    rua: url.searchParams.get("rua") || undefined,
  });
  // The stored check knows the tokens; without one, SES itself.
  const source = (await latestDomainCheck(region, domain)) ?? (await readSesIdentity(region, domain));
  if (!source) return Response.json({ error: `${domain} is not an SES identity in ${region}.` }, { status: 404 });
  const records = recordsToPublish({
    domain,
    region,
    dkimTokens: source.dkimTokens,
    mailFromDomain: source.mailFromDomain,
    dmarc: { policy, reportAddress: rua },
  });
  if (url.searchParams.get("format") === "route53") {
    return new Response(JSON.stringify(toRoute53ChangeBatch(records, `SES records for ${domain}`), null, 2), {
      headers: { "content-type": "application/json", "content-disposition": `attachment; filename="${domain}-route53.json"` },
    });
  }
  return new Response(`; SES records for ${domain} (${region})\n${toBindZone(records)}`, {
    headers: { "content-type": "text/plain; charset=utf-8", "content-disposition": `attachment; filename="${domain}.zone"` },
  });
}
