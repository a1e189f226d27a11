"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { addDomain, AddDomainRefused } from "@/lib/domains/add-domain";
import { latestDomainCheck } from "@/lib/domains/domain-check-store";
import { claimFreshCheck } from "@/lib/domains/fresh-check-limit";
import { publishDemoRecords } from "@/lib/domains/publish-demo-records";
import { recordsToPublish } from "@/lib/domains/records-to-publish";
import { runDomainCheck, UnknownIdentityError } from "@/lib/domains/run-domain-check";
import { isDemo } from "@/lib/env";
import { selectedRegion } from "@/lib/settings/selected-region";
import { rereadAfterChange } from "@/lib/snapshots/reread-after-change";
import { addDomainSchema, dmarcChoiceSchema, domainTargetSchema } from "@/lib/validation/domain";

export type DomainActionState = MutationResult<{ message: string }> | undefined;

/** Adds a domain identity (admins): Easy DKIM, and the custom MAIL FROM if asked; then shows its records. */
export async function addDomainAction(_: DomainActionState, form: FormData): Promise<DomainActionState> {
  const region = await selectedRegion();
  const result = await runMutation(
    {
      role: "admin",
      schema: addDomainSchema,
      audit: (input) => ({ action: "domain.add", target: input.domain, details: { region, mailFrom: input.mailFrom } }),
    },
    formObject(form),
    async (input) => {
      try {
        await addDomain(region, input);
      } catch (e) {
        if (!(e instanceof AddDomainRefused)) throw e;
        if (e.reason === "invalid") throw new MutationRefused(422, e.message, { domain: [e.message] });
        throw new MutationRefused(409, e.message, e.reason === "exists" ? { domain: [e.message] } : undefined);
      }
      await rereadAfterChange(region);
      return { message: `${input.domain} added.`, domain: input.domain };
    },
  );
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect(`/domains/${encodeURIComponent(result.data.domain)}?added=1`);
}

/** "Check now" (operators): asks DNS again, past every cache, and stores the run. */
export async function checkNowAction(_: DomainActionState, form: FormData): Promise<DomainActionState> {
  const region = await selectedRegion();
  const result = await runMutation(
    {
      role: "operator",
      schema: domainTargetSchema,
      audit: (input) => ({ action: "domain.check", target: input.domain, details: { region } }),
    },
    formObject(form),
    async ({ domain }) => {
      const wait = claimFreshCheck(region, domain);
      if (wait > 0) throw new MutationRefused(429, `${domain} was checked moments ago; check again in ${wait} s.`);
      try {
        const stored = await runDomainCheck(region, domain, { fresh: true });
        await rereadAfterChange(region);
        return { message: `Checked just now: ${stored.check.verdict}.` };
      } catch (e) {
        if (e instanceof UnknownIdentityError) throw new MutationRefused(404, e.message);
        throw e;
      }
    },
  );
  revalidatePath("/", "layout");
  return result;
}

/** Demo mode only (admins): writes the records to publish into the demo's simulated DNS zone. */
export async function publishDemoAction(_: DomainActionState, form: FormData): Promise<DomainActionState> {
  const region = await selectedRegion();
  const schema = domainTargetSchema.extend(dmarcChoiceSchema.shape);
  const result = await runMutation(
    { role: "admin", schema, audit: (input) => ({ action: "domain.publish-demo-dns", target: input.domain, details: { region } }) },
    formObject(form),
    async ({ domain, policy, rua }) => {
      if (!isDemo()) throw new MutationRefused(409, "Only the demo has a DNS zone the dashboard can write.");
      const latest = await latestDomainCheck(region, domain);
      if (!latest) throw new MutationRefused(404, `Check ${domain} first: the records come from SES's view of it.`);
      const records = recordsToPublish({
        domain,
        region,
        dkimTokens: latest.dkimTokens,
        mailFromDomain: latest.mailFromDomain,
        dmarc: { policy, reportAddress: rua },
      });
      await publishDemoRecords(domain, records);
      // What DNS now answers, past every cache, then the checklist that judges it.
      const stored = await runDomainCheck(region, domain, { fresh: true });
      await rereadAfterChange(region);
      return { message: `Published ${records.length} records to the demo DNS and checked them: ${stored.check.verdict}.` };
    },
  );
  revalidatePath("/", "layout");
  return result;
}
