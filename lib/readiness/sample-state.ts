import type { AccountFacts, GatheredState, ObservedEvent, Sourced } from "./types";

const AT = "2026-11-28T12:00:00.000Z";

export const ok = <T>(value: T, query = "test"): Sourced<T> => ({ ok: true, value, at: AT, query });
export const failed = (error: string, query = "test"): Sourced<never> => ({ ok: false, error, at: AT, query });

/** An SES event as the dashboard recorded it from a processed notification. */
export const observedEvent = (kind: string, recipient: string, at = "2026-11-28T11:00:00.000Z"): ObservedEvent => ({
  kind,
  recipient,
  sesMessageId: `ses-${kind}-${recipient}`,
  snsMessageId: `sns-${kind}-${recipient}`,
  topicArn: "arn:aws:sns:us-east-1:123456789012:launchpad-bounces",
  at,
});

/** A fresh sandbox account, with the fields a test cares about changed. */
export const sampleAccount = (patch: Partial<AccountFacts> = {}): Sourced<AccountFacts> =>
  ok({
    production: false,
    sendingEnabled: true,
    enforcementStatus: "HEALTHY",
    quota: { max24Hour: 200, maxSendRate: 1, sentLast24Hours: 12 },
    suppressedReasons: [],
    vdmEnabled: false,
    ...patch,
  });

/**
 * A sandbox account with one verified domain and nothing else set up: the
 * starting point of the guide. Tests and the benchmark change what they need.
 */
export function sampleState(overrides: Partial<GatheredState> = {}): GatheredState {
  return {
    region: "us-east-1",
    gatheredAt: AT,
    fromAddress: "noreply@example.com",
    account: sampleAccount(),
    identities: ok([
      {
        name: "example.com",
        type: "DOMAIN",
        verifiedForSending: true,
        verificationStatus: "SUCCESS",
        dkim: { status: "SUCCESS", signingEnabled: true, tokens: ["a", "b", "c"] },
      },
    ]),
    notificationTopics: ok({ "example.com": { forwardingEnabled: true } }),
    configurationSets: ok([]),
    subscriptions: ok({}),
    alarms: ok([]),
    reputation: ok({ bounceRate: 0.01, complaintRate: 0.0002, sends: 5000, windowHours: 24 }),
    ...overrides,
  };
}
