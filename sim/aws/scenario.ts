import type { HistoryScenario } from "./metrics-history";
import type { AccountSettings, IdentityStatus } from "./state";

export type ReviewScenario = { outcome: "GRANTED" | "DENIED"; afterMs: number };

export type IdentityScenario = { name: string } & Partial<IdentityStatus>;

/** What one (account, region) starts with. */
export type RegionScenario = {
  account?: Partial<AccountSettings>;
  identities?: IdentityScenario[];
  history?: HistoryScenario;
  /** How a PutAccountDetails review ends, and how long it stays PENDING first. Without it the review stays PENDING. */
  review?: ReviewScenario;
};

/**
 * Top-level fields describe `region` (default us-east-1); `regions` describes others.
 * `review` at the top level applies to every region that does not set its own.
 */
export type Scenario = RegionScenario & {
  region?: string;
  regions?: Record<string, RegionScenario>;
  /** IAM actions the principal lacks in every region, e.g. `["ses:GetAccount", "sns:*"]`: those calls answer AccessDenied. */
  deniedActions?: string[];
  /**
   * Other accounts whose role `arn:aws:iam::<id>:role/<any name>` may be assumed through STS AssumeRole, with the
   * external id their trust policy requires and what their regions start with (a fresh sandbox by default).
   * A role in any other account is refused, as a role that does not trust the caller is.
   */
  otherAccounts?: Record<string, OtherAccount>;
  /** Lifetime of the credentials AssumeRole issues, when shorter than the DurationSeconds asked for (tests of refreshing). */
  sessionSeconds?: number;
};

export type OtherAccount = { externalId?: string; scenario?: Scenario };

export function regionScenario(scenario: Scenario, region: string): RegionScenario {
  const own = scenario.regions?.[region];
  const isDefault = region === (scenario.region ?? "us-east-1");
  const base: RegionScenario = isDefault ? { account: scenario.account, identities: scenario.identities, history: scenario.history } : {};
  return { ...base, ...own, review: own?.review ?? scenario.review };
}
