import type { CheckStatus } from "../readiness/types";
import type { AccessAnswers } from "../validation/access-request";
import type { ObservedFacts } from "./observed-facts";

/** A complete, honest request of a transactional SaaS: the starting point each test changes. */
export const goodAnswers = (patch: Partial<AccessAnswers> = {}): AccessAnswers => ({
  companyName: "Starscreen",
  websiteUrl: "https://starscreen.ai",
  productDescription: "Starscreen is an AI-powered resume screening SaaS platform used by recruiting teams of 5 to 200 people.",
  mailType: "TRANSACTIONAL",
  mailKinds: ["verification", "password-reset", "notifications"],
  dailyVolume: 800,
  peakPerSecond: 5,
  volumeNotes: "Peaks on Monday mornings when teams invite new members.",
  optIn: "Users sign up on starscreen.ai and confirm their address with a 6-digit code; we never buy, rent or scrape addresses.",
  optOut: "Notifications link to the settings page and unsubscribe in one click; codes and resets are sent only on request.",
  bounceProcess: "Hard bounces are removed at once, soft bounces retried 3 times then removed; SNS notifications reach our application.",
  complaintProcess:
    "Complaints arrive through SNS; the complainant is removed from all future mail and the case investigated within 24 hours.",
  unsubscribeProcess: "Unsubscribes are honoured immediately.",
  monitoring: "CloudWatch alarms on bounce rate above 5% and complaint rate above 0.1%.",
  sampleMessage: "Subject: Your Starscreen code\n\nHi {{first_name}}, your code is 482913.",
  contacts: ["ops@starscreen.ai"],
  contactLanguage: "EN",
  includeDescription: false,
  acknowledged: true,
  ...patch,
});

const ALL_DONE = [
  "identity.verified-domain",
  "identity.from-address",
  "authentication.spf",
  "authentication.dkim",
  "authentication.dmarc",
  "authentication.mailFrom",
  "notifications.routed",
  "notifications.subscribed",
  "handling.events-received",
  "handling.suppression-list",
  "monitoring.alarms",
  "sending.test-mail",
];

/** A sandbox account where every readiness item is done, except the ones given. */
export function observed(patch: Partial<ObservedFacts> = {}, notDone: Record<string, CheckStatus> = {}): ObservedFacts {
  const checks: ObservedFacts["checks"] = {};
  for (const id of ALL_DONE)
    checks[id] = { status: notDone[id] ?? "done", summary: notDone[id] ? `${id} is ${notDone[id]}.` : `${id} done.` };
  return {
    region: "us-east-1",
    account: {
      production: false,
      sendingEnabled: true,
      enforcementStatus: "HEALTHY",
      quota: { max24Hour: 200, maxSendRate: 1, sentLast24Hours: 12 },
      suppressedReasons: ["BOUNCE", "COMPLAINT"],
      vdmEnabled: false,
    },
    checks,
    fromAddress: "hello@starscreen.ai",
    ...patch,
  };
}
