import "server-only";
import { DescribeAlarmsCommand, type DescribeAlarmsCommandOutput } from "@aws-sdk/client-cloudwatch";
import { ListRecommendationsCommand } from "@aws-sdk/client-sesv2";
import type { AccountState } from "../aws/account-state";
import { cloudwatch, sesv2 } from "../aws/clients";
import { fetchReputationSeries } from "../aws/cloudwatch-metrics";
import { describeAwsError } from "../aws/describe-aws-error";
import { listIdentities } from "../aws/identities";
import { getNotificationTopics, listConfigurationSets, listSubscriptions } from "../aws/notification-settings";
import { env } from "../env";
import { sumField } from "../reputation/reputation-series";
import { notificationRoutes } from "./notification-routes";
import { primaryDomain } from "./primary-domain";
import type { AlarmFacts, DomainDnsFacts, GatheredState, Sourced } from "./types";

/** Runs one read and records what was asked, when, and what came back or failed: the evidence of every check. */
export async function sourced<T>(query: string, read: () => Promise<T>): Promise<Sourced<T>> {
  try {
    const value = await read();
    return { ok: true, value, at: new Date().toISOString(), query };
  } catch (e) {
    return { ok: false, error: describeAwsError(e, query), at: new Date().toISOString(), query };
  }
}

/** A failure to read the stored DNS check becomes "could not check", like any other read. */
async function storedDnsFacts(
  region: string,
  domain: string,
  read: NonNullable<GatherExtras["dnsFacts"]>,
): Promise<Sourced<DomainDnsFacts> | undefined> {
  try {
    return await read(domain);
  } catch (e) {
    return {
      ok: false,
      error: e instanceof Error ? e.message : String(e),
      at: new Date().toISOString(),
      query: `stored DNS check of ${domain} (${region})`,
    };
  }
}

async function describeAlarms(region: string): Promise<AlarmFacts[]> {
  const out: AlarmFacts[] = [];
  let token: string | undefined;
  do {
    const page: DescribeAlarmsCommandOutput = await cloudwatch(region).send(
      new DescribeAlarmsCommand({ NextToken: token, MaxRecords: 100 }),
    );
    for (const a of page.MetricAlarms ?? []) {
      out.push({
        name: a.AlarmName ?? "",
        namespace: a.Namespace,
        metric: a.MetricName,
        threshold: a.Threshold,
        comparison: a.ComparisonOperator,
        actions: a.AlarmActions ?? [],
        state: a.StateValue,
      });
    }
    token = page.NextToken;
  } while (token);
  return out;
}

export type GatherExtras = Pick<GatheredState, "dns" | "events" | "confirmations"> & {
  /** The DNS checker's latest result for the domain the checklist judges, which is known only once identities are read. */
  dnsFacts?: (domain: string) => Promise<Sourced<DomainDnsFacts> | undefined>;
};

/**
 * Everything the checklist needs for one region, read in parallel where the
 * reads are independent. The account comes from the collection's single
 * GetAccount call. A read that fails becomes a "could not check" source; it
 * never aborts the others.
 */
export async function gatherState(
  region: string,
  account: Sourced<AccountState>,
  fromAddress: string | undefined,
  extras: GatherExtras = {},
): Promise<GatheredState> {
  const [identities, configurationSets, alarms, reputation] = await Promise.all([
    sourced(`sesv2:ListEmailIdentities + GetEmailIdentity (${region})`, () => listIdentities(region)),
    sourced(`sesv2:ListConfigurationSets + GetConfigurationSetEventDestinations (${region})`, () => listConfigurationSets(region)),
    sourced(`cloudwatch:DescribeAlarms (${region})`, () => describeAlarms(region)),
    sourced(`cloudwatch:GetMetricData AWS/SES Reputation.* last 24 h (${region})`, async () => {
      const series = await fetchReputationSeries(region, { range: "24h" });
      const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
      return {
        bounceRate: series.latest.bounceRate?.value,
        complaintRate: series.latest.complaintRate?.value,
        bounceRateAt: iso(series.latest.bounceRate?.t),
        complaintRateAt: iso(series.latest.complaintRate?.t),
        sends: sumField(series.points, "send") ?? 0,
        windowHours: 24,
        minVolume: env().REPUTATION_MIN_VOLUME,
        points: series.points.map((p) => ({ t: p.t, bounceRate: p.bounceRate, complaintRate: p.complaintRate })),
      };
    }),
  ]);
  const names = identities.ok ? identities.value.map((i) => i.name) : [];
  const notificationTopics = await sourced(`ses:GetIdentityNotificationAttributes (${region})`, () => getNotificationTopics(region, names));
  const partial: GatheredState = {
    region,
    gatheredAt: new Date().toISOString(),
    fromAddress,
    account,
    identities,
    notificationTopics,
    configurationSets,
    alarms,
    reputation,
    subscriptions: { ok: true, value: {}, at: new Date().toISOString(), query: "sns:ListSubscriptionsByTopic" },
    dns: extras.dns,
    events: extras.events,
    confirmations: extras.confirmations,
  };
  const domain = primaryDomain(partial);
  const facts = domain && extras.dnsFacts ? await storedDnsFacts(region, domain, extras.dnsFacts) : undefined;
  if (domain && facts) partial.dns = { ...partial.dns, [domain]: facts };
  const routes = domain ? notificationRoutes(partial, domain) : { bounce: [], complaint: [] };
  const topics = [...new Set([...routes.bounce, ...routes.complaint].map((r) => r.topicArn))];
  const [subscriptions, recommendations] = await Promise.all([
    sourced(`sns:ListSubscriptionsByTopic (${topics.length} topic(s))`, async () =>
      Object.fromEntries(await Promise.all(topics.map(async (t) => [t, await listSubscriptions(t)] as const))),
    ),
    account.ok && account.value.vdmEnabled
      ? sourced(`sesv2:ListRecommendations (${region})`, async () => {
          const out = await sesv2(region).send(new ListRecommendationsCommand({ PageSize: 100 }));
          return (out.Recommendations ?? []).map((r) => ({
            type: r.Type ?? "",
            impact: r.Impact ?? "",
            status: r.Status ?? "",
            resource: r.ResourceArn ?? "",
            description: r.Description ?? "",
          }));
        })
      : Promise.resolve(undefined),
  ]);
  return { ...partial, subscriptions, recommendations };
}
