import "server-only";
import { GetAccountCommand } from "@aws-sdk/client-sesv2";
import type { AccountFacts } from "../readiness/types";
import { sesv2 } from "./clients";

export type AccountState = AccountFacts & {
  region: string;
  /** What was said in the production-access request, when there is one. */
  details?: { mailType?: string; websiteUrl?: string; useCaseDescription?: string; contactLanguage?: string };
  readAt: Date;
};

/** SES v2 GetAccount, reduced to what the dashboard shows and stores: the only GetAccount call of a collection. */
export async function getAccountState(region: string): Promise<AccountState> {
  const out = await sesv2(region).send(new GetAccountCommand({}));
  const d = out.Details;
  return {
    region,
    production: out.ProductionAccessEnabled === true,
    sendingEnabled: out.SendingEnabled !== false,
    enforcementStatus: out.EnforcementStatus ?? "UNKNOWN",
    quota: {
      max24Hour: out.SendQuota?.Max24HourSend ?? 0,
      maxSendRate: out.SendQuota?.MaxSendRate ?? 0,
      sentLast24Hours: out.SendQuota?.SentLast24Hours ?? 0,
    },
    review: d?.ReviewDetails ? { status: d.ReviewDetails.Status, caseId: d.ReviewDetails.CaseId } : undefined,
    suppressedReasons: out.SuppressionAttributes?.SuppressedReasons ?? [],
    vdmEnabled: out.VdmAttributes?.VdmEnabled === "ENABLED",
    details: d
      ? { mailType: d.MailType, websiteUrl: d.WebsiteURL, useCaseDescription: d.UseCaseDescription, contactLanguage: d.ContactLanguage }
      : undefined,
    readAt: new Date(),
  };
}
