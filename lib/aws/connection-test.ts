import "server-only";
import { DescribeAlarmsCommand, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { GetIdentityNotificationAttributesCommand } from "@aws-sdk/client-ses";
import { GetAccountCommand, ListEmailIdentitiesCommand } from "@aws-sdk/client-sesv2";
import { ListTopicsCommand } from "@aws-sdk/client-sns";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { cloudwatch, sesv1, sesv2, sns, sts } from "./clients";
import { describeAwsError } from "./describe-aws-error";
import type { FeatureId } from "./iam-policy";

export type PermissionCheck = {
  action: string;
  features: FeatureId[];
  status: "granted" | "missing" | "error";
  /** What the call showed when granted; what to do when not. */
  message: string;
};

export type ConnectionTestResult = {
  region: string;
  testedAt: string;
  identity: { ok: true; account: string; arn: string } | { ok: false; message: string };
  checks: PermissionCheck[];
};

// The clients retry throttling eight times for scheduled readings; a person waiting on a button gets an answer sooner.
const CALL_TIMEOUT_MS = 10_000;
const signal = () => ({ abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) });

type Probe = { action: string; features: FeatureId[]; run: (region: string) => Promise<string> };

/** One cheap read per feature: at most one item, one metric over one hour. */
const PROBES: Probe[] = [
  {
    action: "ses:GetAccount",
    features: ["monitoring", "production-access"],
    run: async (r) => {
      const a = await sesv2(r).send(new GetAccountCommand({}), signal());
      return a.ProductionAccessEnabled ? "Production access." : "In the sandbox.";
    },
  },
  {
    action: "ses:ListEmailIdentities",
    features: ["monitoring", "domains"],
    run: async (r) => {
      const out = await sesv2(r).send(new ListEmailIdentitiesCommand({ PageSize: 1 }), signal());
      return out.EmailIdentities?.length ? "Identities can be listed." : "No identities in this region yet.";
    },
  },
  {
    action: "ses:GetIdentityNotificationAttributes",
    features: ["monitoring", "bounces"],
    // An identity that does not exist is answered with an empty map, so any name is a valid probe.
    run: async (r) => {
      await sesv1(r).send(new GetIdentityNotificationAttributesCommand({ Identities: ["example.com"] }), signal());
      return "Notification topics can be read.";
    },
  },
  {
    action: "cloudwatch:DescribeAlarms",
    features: ["monitoring", "alarms"],
    run: async (r) => {
      const out = await cloudwatch(r).send(new DescribeAlarmsCommand({ MaxRecords: 1 }), signal());
      return out.MetricAlarms?.length ? "Alarms can be read." : "No alarms in this region yet.";
    },
  },
  {
    action: "cloudwatch:GetMetricData",
    features: ["monitoring"],
    run: async (r) => {
      const end = new Date();
      await cloudwatch(r).send(
        new GetMetricDataCommand({
          StartTime: new Date(end.getTime() - 3_600_000),
          EndTime: end,
          MetricDataQueries: [
            { Id: "send", MetricStat: { Metric: { Namespace: "AWS/SES", MetricName: "Send" }, Period: 3600, Stat: "Sum" } },
          ],
        }),
        signal(),
      );
      return "Sending metrics can be read.";
    },
  },
  {
    action: "sns:ListTopics",
    features: ["bounces"],
    run: async (r) => {
      await sns(r).send(new ListTopicsCommand({}), signal());
      return "Topics can be listed.";
    },
  },
];

export const CONNECTION_TEST_ACTIONS = PROBES.map((p) => p.action);

// SNS names IAM's refusal AuthorizationError (AuthorizationErrorException in the SDK); the others say AccessDenied.
const DENIED = /^(AccessDenied(Exception)?|AuthorizationError(Exception)?|UnauthorizedOperation)$/;

export function isAccessDenied(e: unknown): boolean {
  return DENIED.test((e as { name?: string })?.name ?? "");
}

/**
 * Who the server's credentials belong to (STS GetCallerIdentity), then, feature by feature,
 * whether each permission is there. Plain data: nothing secret, safe to send to the browser.
 */
export async function testConnection(region: string): Promise<ConnectionTestResult> {
  const testedAt = new Date().toISOString();
  let identity: ConnectionTestResult["identity"];
  try {
    const who = await sts(region).send(new GetCallerIdentityCommand({}), signal());
    identity = { ok: true, account: who.Account ?? "", arn: who.Arn ?? "" };
  } catch (e) {
    // Without a caller identity every other call fails the same way: one message says it all.
    return { region, testedAt, identity: { ok: false, message: describeAwsError(e, "sts:GetCallerIdentity") }, checks: [] };
  }
  const checks = await Promise.all(
    PROBES.map(async ({ action, features, run }): Promise<PermissionCheck> => {
      try {
        return { action, features, status: "granted", message: await run(region) };
      } catch (e) {
        if (isAccessDenied(e)) return { action, features, status: "missing", message: describeAwsError({ name: "AccessDenied" }, action) };
        return { action, features, status: "error", message: describeAwsError(e, action) };
      }
    }),
  );
  return { region, testedAt, identity, checks };
}
