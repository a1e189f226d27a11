import { apiErrorResponse } from "@/lib/auth/api-errors";
import { jsonMutationRoute } from "@/lib/auth/json-mutation-route";
import { jsonResponse, MutationRefused, runMutation } from "@/lib/auth/mutation";
import { requireUser } from "@/lib/auth/session";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { latestDomainCheck } from "@/lib/domains/domain-check-store";
import { claimFreshCheck } from "@/lib/domains/fresh-check-limit";
import { runDomainCheck, UnknownIdentityError } from "@/lib/domains/run-domain-check";
import { selectedRegion } from "@/lib/settings/selected-region";
import { domainNameField, domainTargetSchema } from "@/lib/validation/domain";

type Params = { params: Promise<{ domain: string }> };

/**
 * The last stored check of one SES domain identity (the `check-domain --json` contract); `?region=` picks the
 * region (default: the selected one). Reading costs nothing: no SES call, no DNS query, no row.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    await requireUser();
  } catch (e) {
    return apiErrorResponse(e);
  }
  // Next.js has decoded the segment once; it is not decoded again (a %25 would throw).
  const parsed = domainNameField.safeParse((await params).domain);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid domain." }, { status: 400 });
  const region = await selectedRegion(new URL(request.url).searchParams.get("region"));
  const stored = await latestDomainCheck(region, parsed.data);
  if (!stored)
    return Response.json(
      { error: `${parsed.data} has no stored check in ${region}; POST to this address runs one (operators).` },
      { status: 404 },
    );
  return Response.json(stored.check);
}

/** A fresh check (operators), past every DNS cache, stored as a DomainCheck row; one per domain per 10 s. */
export const POST = jsonMutationRoute(async (_body: unknown, { params }: Params, request: Request) => {
  const region = await selectedRegion(new URL(request.url).searchParams.get("region"));
  let retryAfter = 0;
  try {
    const result = await runMutation(
      {
        role: "operator",
        schema: domainTargetSchema,
        audit: (input) => ({ action: "domain.check", target: input.domain, details: { region } }),
      },
      { domain: (await params).domain },
      async ({ domain }) => {
        retryAfter = claimFreshCheck(region, domain);
        if (retryAfter > 0) throw new MutationRefused(429, `${domain} was checked moments ago; check again in ${retryAfter} s.`);
        try {
          return (await runDomainCheck(region, domain, { fresh: true })).check;
        } catch (e) {
          if (e instanceof UnknownIdentityError) throw new MutationRefused(404, e.message);
          throw e;
        }
      },
    );
    const res = jsonResponse(result);
    if (!result.ok && result.status === 429) res.headers.set("retry-after", String(retryAfter));
    // An invalid name is a bad address, as on GET, not a form to correct.
    if (!result.ok && result.status === 422)
      return Response.json({ error: result.fieldErrors?.domain?.[0] ?? result.error }, { status: 400 });
    return res;
  } catch (e) {
    return Response.json({ error: describeAwsError(e, "ses:GetEmailIdentity") }, { status: 502 });
  }
});
