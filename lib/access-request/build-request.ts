import type { PutAccountDetailsCommandInput } from "@aws-sdk/client-sesv2";
import type { AccessAnswers } from "../validation/access-request";

/**
 * Exactly what goes to SES PutAccountDetails. UseCaseDescription is optional
 * and deprecated in the API, and AWS's own onboarding guide leaves it out: it
 * is sent only when the team chose to. Contacts go only when there is at least
 * one (SES wants 1 to 4 when the field is present).
 */
export function buildRequest(a: AccessAnswers): PutAccountDetailsCommandInput {
  const contacts = (a.contacts ?? []).map((c) => c.trim()).filter(Boolean);
  const description = a.includeDescription ? a.useCaseDescription?.trim() : undefined;
  return {
    ProductionAccessEnabled: true,
    MailType: a.mailType ?? "TRANSACTIONAL",
    WebsiteURL: a.websiteUrl ?? "",
    ContactLanguage: a.contactLanguage ?? "EN",
    ...(contacts.length ? { AdditionalContactEmailAddresses: contacts } : {}),
    ...(description ? { UseCaseDescription: description } : {}),
  };
}
