import "server-only";
import { GetAccountCommand } from "@aws-sdk/client-sesv2";
import { sesv2 } from "./clients";

export type AccountState = {
  region: string;
  production: boolean;
  sendingEnabled: boolean;
  enforcementStatus: string;
  quota: { max24Hour: number; maxSendRate: number; sentLast24Hours: number };
  review?: { status?: string; caseId?: string };
  suppressedReasons: string[];
  readAt: Date;
};

/** SES v2 GetAccount, reduced to what the dashboard shows and stores. */
export async function getAccountState(region: string): Promise<AccountState> {
  const out = await sesv2(region).send(new GetAccountCommand({}));
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
    review: out.Details?.ReviewDetails ? { status: out.Details.ReviewDetails.Status, caseId: out.Details.ReviewDetails.CaseId } : undefined,
    suppressedReasons: out.SuppressionAttributes?.SuppressedReasons ?? [],
    readAt: new Date(),
  };
}
