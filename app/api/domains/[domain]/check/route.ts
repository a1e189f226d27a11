import { apiErrorResponse } from "@/lib/auth/api-errors";
import { requireRole, requireUser } from "@/lib/auth/session";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { runDomainCheck, UnknownIdentityError } from "@/lib/domains/run-domain-check";
import { selectedRegion } from "@/lib/settings/selected-region";
import { domainNameField } from "@/lib/validation/domain";

/**
 * checkDomain's JSON for one SES domain identity (the `check-domain --json` contract).
 * `?region=` picks the region (default: the selected one); `?fresh=1` bypasses the
 * DNS cache and needs the operator role. Every run is stored as a DomainCheck row.
 */
export async function GET(request: Request, { params }: { params: Promise<{ domain: string }> }) {
  const url = new URL(request.url);
  const fresh = url.searchParams.get("fresh") === "1";
  try {
    await (fresh ? requireRole("operator") : requireUser());
  } catch (e) {
    return apiErrorResponse(e);
  }
  const parsed = domainNameField.safeParse(decodeURIComponent((await params).domain));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid domain." }, { status: 400 });
  const region = await selectedRegion(url.searchParams.get("region"));
  try {
    const stored = await runDomainCheck(region, parsed.data, { fresh });
    return Response.json(stored.check);
  } catch (e) {
    if (e instanceof UnknownIdentityError) return Response.json({ error: e.message }, { status: 404 });
    return Response.json({ error: describeAwsError(e, "ses:GetEmailIdentity") }, { status: 502 });
  }
}
