/**
 * Every AWS action the dashboard calls, grouped by the feature that needs it.
 * `read` calls only look; `change` calls set things up or submit the request;
 * `send` is the alert mail, which changes nothing in the account.
 * GetCallerIdentity is absent on purpose: STS allows it to every principal, even under an explicit deny.
 */
export type ActionKind = "read" | "change" | "send";
export type ActionUse = { action: string; kind: ActionKind; why: string };

export const FEATURE_IDS = ["monitoring", "domains", "bounces", "alarms", "production-access", "email-alerts"] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

export type FeatureSpec = { label: string; summary: string; actions: ActionUse[] };

const read = (action: string, why: string): ActionUse => ({ action, kind: "read", why });
const change = (action: string, why: string): ActionUse => ({ action, kind: "change", why });

export const IAM_FEATURES: Record<FeatureId, FeatureSpec> = {
  monitoring: {
    label: "Readiness and monitoring",
    summary: "The overview, the readiness checklist, history and reputation.",
    actions: [
      read(
        "ses:GetAccount",
        "Sandbox or production, sending quota and rate, enforcement status, review status of a production-access request.",
      ),
      read("ses:ListEmailIdentities", "The domains and addresses of the region, for the identity checks."),
      read("ses:GetEmailIdentity", "Verification, DKIM, custom MAIL FROM and default configuration set of each identity."),
      read("ses:ListRecommendations", "SES's own recommendations (Virtual Deliverability Manager) shown on the checklist."),
      read("ses:GetIdentityNotificationAttributes", "Whether bounces and complaints of each identity reach an SNS topic."),
      read("ses:ListConfigurationSets", "Configuration sets that may carry bounce and complaint event destinations."),
      read("ses:GetConfigurationSetEventDestinations", "Whether a configuration set sends bounce and complaint events to SNS."),
      read("sns:ListSubscriptionsByTopic", "Whether those topics have a confirmed subscriber, so the events are handled."),
      read("cloudwatch:GetMetricData", "Sends, deliveries, bounce and complaint rates (namespace AWS/SES) for the charts and alerts."),
      read("cloudwatch:DescribeAlarms", "Whether reputation alarms exist and what state they are in."),
      change("ses:PutAccountSuppressionAttributes", "The checklist's one-click fix that turns on the account-level suppression list."),
    ],
  },
  domains: {
    label: "Domains",
    summary: "Adding sending domains and checking their DNS records.",
    actions: [
      read("ses:ListEmailIdentities", "The list of domains on the Domains page."),
      read("ses:GetEmailIdentity", "DKIM tokens, verification and MAIL FROM status of each domain."),
      change("ses:CreateEmailIdentity", "Adding a domain (Easy DKIM, 2048-bit keys)."),
      change("ses:PutEmailIdentityMailFromAttributes", "Setting the custom MAIL FROM subdomain of a domain."),
    ],
  },
  bounces: {
    label: "Bounce and complaint handling",
    summary: "SNS topics and the webhook that records bounces and complaints and keeps the suppression list.",
    actions: [
      read("ses:GetIdentityNotificationAttributes", "Which SNS topics an identity's bounces and complaints go to."),
      read("ses:GetEmailIdentity", "The identity's default configuration set."),
      read("ses:GetConfigurationSetEventDestinations", "The event destinations of the dashboard's configuration set."),
      read("sns:ListTopics", "Finding the dashboard's topics again before creating any."),
      read("ses:ListSuppressedDestinations", "Comparing the dashboard's suppression list with the account's list in SES."),
      read("sns:ListSubscriptionsByTopic", "Whether the webhook is subscribed and confirmed."),
      change("sns:CreateTopic", "The bounce and complaint topics (idempotent by name)."),
      change("sns:Subscribe", "Subscribing the dashboard's webhook (and optionally an admin's address) to the topics."),
      change(
        "sns:ConfirmSubscription",
        "Confirming the webhook's subscription with AuthenticateOnUnsubscribe, so nobody can unsubscribe it without credentials.",
      ),
      change("ses:SetIdentityNotificationTopic", "Sending an identity's bounces and complaints to the topics."),
      change("ses:CreateConfigurationSet", "The dashboard's configuration set for event publishing."),
      change("ses:CreateConfigurationSetEventDestination", "Publishing bounce and complaint events to SNS."),
      change("ses:UpdateConfigurationSetEventDestination", "Repairing an existing event destination instead of failing on it."),
      change("ses:PutEmailIdentityConfigurationSetAttributes", "Making that configuration set the identity's default."),
      change("ses:PutSuppressedDestination", "Adding hard-bounced and complaining addresses to the account's suppression list."),
      change(
        "ses:DeleteSuppressedDestination",
        "Taking an address off the account's suppression list when someone removes it in the dashboard.",
      ),
    ],
  },
  alarms: {
    label: "Alarms",
    summary: "CloudWatch alarms on the bounce and complaint rates.",
    actions: [
      read("cloudwatch:DescribeAlarms", "The recommended alarms that exist already, to update rather than duplicate them."),
      change("cloudwatch:PutMetricAlarm", "Creating the four recommended reputation alarms."),
      change("sns:CreateTopic", "The alert topic the alarms notify."),
    ],
  },
  "production-access": {
    label: "Production-access request",
    summary: "Preparing and submitting the request to leave the sandbox.",
    actions: [
      read("ses:GetAccount", "Whether a request is pending, granted or denied, and the details sent."),
      change("ses:PutAccountDetails", "Submitting the production-access request (use case, website, contacts)."),
    ],
  },
  "email-alerts": {
    label: "Alerts by e-mail",
    summary: "Alert mail sent through SES from your From address.",
    actions: [
      { action: "ses:SendEmail", kind: "send", why: "Sending alert mail; the policy limits it to your From address when one is set." },
    ],
  },
};

export type PolicyVariant = "read-only" | "full";

export const POLICY_VARIANTS: Record<PolicyVariant, { label: string; kinds: ActionKind[] }> = {
  "read-only": { label: "Read-only monitoring", kinds: ["read", "send"] },
  full: { label: "Full (set-up and submit)", kinds: ["read", "send", "change"] },
};

export type PolicyOptions = {
  features: FeatureId[];
  regions: string[];
  variant: PolicyVariant;
  fromAddress?: string;
  /** Roles of other watched accounts that the server's principal assumes (Settings → AWS accounts). */
  assumeRoles?: string[];
};

type Statement = {
  Sid: string;
  Effect: "Allow";
  Action: string[];
  Resource: "*" | string[];
  Condition?: Record<string, Record<string, string[]>>;
};
export type PolicyDocument = { Version: "2012-10-17"; Statement: Statement[] };

/** The actions of `kind` the chosen features need, sorted, each once. */
export function featureActions(features: readonly FeatureId[], kinds: readonly ActionKind[]): string[] {
  const out = new Set<string>();
  for (const f of features) for (const a of IAM_FEATURES[f].actions) if (kinds.includes(a.kind)) out.add(a.action);
  return [...out].sort();
}

/**
 * The least-privilege policy for the chosen features. Most SES, SNS and CloudWatch read
 * actions accept no resource ARN, so `Resource` is `*` and `aws:RequestedRegion` keeps
 * every call inside the watched regions; `ses:FromAddress` limits alert mail to the From address.
 */
export function buildIamPolicy({ features, regions, variant, fromAddress, assumeRoles = [] }: PolicyOptions): PolicyDocument {
  if (features.length === 0) throw new Error("Choose at least one feature.");
  if (regions.length === 0) throw new Error("Choose at least one region.");
  const inRegions = { StringEquals: { "aws:RequestedRegion": [...new Set(regions)] } };
  const kinds = POLICY_VARIANTS[variant].kinds;
  const statement = (Sid: string, Action: string[], Condition: Statement["Condition"] = inRegions): Statement[] =>
    Action.length ? [{ Sid, Effect: "Allow", Action, Resource: "*", Condition }] : [];
  const send = featureActions(features, ["send"]);
  return {
    Version: "2012-10-17",
    Statement: [
      ...statement("SesLaunchpadRead", featureActions(features, ["read"])),
      ...(kinds.includes("change") ? statement("SesLaunchpadChange", featureActions(features, ["change"])) : []),
      ...statement(
        "SesLaunchpadSendAlerts",
        send,
        fromAddress ? { StringEquals: { ...inRegions.StringEquals, "ses:FromAddress": [fromAddress] } } : inRegions,
      ),
      // Only the roles the registry names, by ARN: the server may not assume any other role. Each role needs
      // this policy's other statements in its own account, and a trust policy naming the server's principal.
      ...(assumeRoles.length
        ? [
            {
              Sid: "SesLaunchpadAssumeWatchedRoles",
              Effect: "Allow" as const,
              Action: ["sts:AssumeRole"],
              Resource: [...new Set(assumeRoles)].sort(),
            },
          ]
        : []),
    ],
  };
}

export const policyJson = (policy: PolicyDocument): string => `${JSON.stringify(policy, null, 2)}\n`;

/** A CloudFormation template (YAML) with the policy as a managed policy to attach to the server's role. */
export function cloudFormationYaml(policy: PolicyDocument, variant: PolicyVariant): string {
  const template = {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `SES Launchpad: ${POLICY_VARIANTS[variant].label.toLowerCase()} permissions for the dashboard's server`,
    Resources: {
      SesLaunchpadPolicy: {
        Type: "AWS::IAM::ManagedPolicy",
        Properties: {
          ManagedPolicyName: `ses-launchpad-${variant}`,
          Description: "Attach to the role or user the SES Launchpad server runs as.",
          PolicyDocument: policy,
        },
      },
    },
    Outputs: { PolicyArn: { Description: "Attach this policy to the server's role", Value: { Ref: "SesLaunchpadPolicy" } } },
  };
  return `${toYaml(template).join("\n")}\n`;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

// Block YAML for plain JSON data: every string is written as a JSON string, which YAML reads
// as a double-quoted scalar, so no value can be mistaken for a number, boolean or tag.
function toYaml(value: unknown, indent = ""): string[] {
  const v = value as Json;
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${indent}[]`];
    return v.flatMap((item) => {
      const [first = "", ...rest] = isScalar(item) ? [`${indent}  ${scalar(item)}`] : toYaml(item, `${indent}  `);
      return [`${indent}- ${first.slice(indent.length + 2)}`, ...rest];
    });
  }
  if (v !== null && typeof v === "object") {
    return Object.entries(v).flatMap(([k, item]) => {
      const key = /^[A-Za-z][A-Za-z0-9]*$/.test(k) ? k : JSON.stringify(k);
      if (isScalar(item) || (Array.isArray(item) && item.length === 0)) return [`${indent}${key}: ${isScalar(item) ? scalar(item) : "[]"}`];
      return [`${indent}${key}:`, ...toYaml(item, `${indent}  `)];
    });
  }
  return [`${indent}${scalar(v)}`];
}

const isScalar = (v: Json): v is string | number | boolean | null => v === null || typeof v !== "object";
const scalar = (v: Json) => JSON.stringify(v);
