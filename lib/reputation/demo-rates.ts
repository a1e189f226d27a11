import "server-only";
import { isDemo } from "../env";

/** What the demo can make the simulated account's last hour look like, to show how the dashboard reacts. */
export const DEMO_RATE_SCENARIOS = {
  "pause-level": { label: "12% bounces, 0.6% complaints", bounceRate: 0.12, complaintRate: 0.006 },
  "review-level": { label: "6% bounces", bounceRate: 0.06, complaintRate: 0.0005 },
  recovered: { label: "back to 1% bounces", bounceRate: 0.01, complaintRate: 0.0002 },
} as const;

export type DemoRateScenario = keyof typeof DEMO_RATE_SCENARIOS;

/**
 * Demo mode only: replaces the simulated account's CloudWatch figures for the current hour through the
 * simulator's control route (beside the simulated AWS, as publishDemoRecords does for DNS).
 */
export async function setDemoRates(region: string, scenario: DemoRateScenario): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- AWS_ENDPOINT_URL is the SDK's own setting (not the app's), read here only in demo mode.
  const endpoint = process.env.AWS_ENDPOINT_URL;
  if (!isDemo() || !endpoint) throw new Error("Only the demo's simulated account can be given other rates.");
  const { bounceRate, complaintRate } = DEMO_RATE_SCENARIOS[scenario];
  const res = await fetch(new URL("/_sim/metrics", endpoint), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ region, hours: 1, sends: 1000, bounceRate, complaintRate }),
  });
  if (!res.ok) throw new Error(`The simulator refused the rates (HTTP ${res.status}): ${await res.text()}`);
}
