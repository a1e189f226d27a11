import { DEMO_SECOND_ACCOUNT } from "../../lib/accounts/demo-second-account";
import type { Scenario } from "./scenario";

export const DEMO_DOMAIN = "launchpad-demo.example";

/**
 * The demo account: a fresh sandbox in us-east-1 (200/day, 1/s) with one domain identity whose DKIM
 * is still PENDING, a month of steady sending with one bounce spike above 5 %, and no notification topics.
 */
export const demoScenario: Scenario = {
  region: "us-east-1",
  account: { ProductionAccessEnabled: false, Max24HourSend: 200, MaxSendRate: 1, SendingEnabled: true, EnforcementStatus: "HEALTHY" },
  identities: [{ name: DEMO_DOMAIN, dkim: "PENDING" }],
  history: { days: 30, dailySends: 150, bounceRate: 0.012, complaintRate: 0.0004, bounceSpike: { dayAgo: 9, rate: 0.07 }, seed: 20261128 },
  review: { outcome: "GRANTED", afterMs: 60_000 },
  // Already in production, so the overview's side-by-side card shows two different accounts.
  otherAccounts: {
    [DEMO_SECOND_ACCOUNT.id]: {
      externalId: DEMO_SECOND_ACCOUNT.externalId,
      scenario: { account: { ProductionAccessEnabled: true, Max24HourSend: 50000, MaxSendRate: 14 } },
    },
  },
};
