/**
 * The gathered state the checklist is computed from, and the checklist itself.
 * Plain JSON (dates as ISO strings), so the same state can be stored with a
 * snapshot, replayed in a unit test, and evaluated again by a newer rule set.
 */
import type { Danger, DangerLevel } from "../reputation/danger";

/** One read from AWS, DNS or the dashboard's own store: its value, or why it could not be read. */
export type Sourced<T> = { ok: true; value: T; at: string; query: string } | { ok: false; error: string; at: string; query: string };

export type AccountFacts = {
  production: boolean;
  sendingEnabled: boolean;
  enforcementStatus: string;
  quota: { max24Hour: number; maxSendRate: number; sentLast24Hours: number };
  review?: { status?: string; caseId?: string };
  suppressedReasons: string[];
  vdmEnabled: boolean;
};

export type IdentityFacts = {
  name: string;
  type: "DOMAIN" | "EMAIL_ADDRESS" | "MANAGED_DOMAIN";
  verifiedForSending: boolean;
  verificationStatus?: string;
  dkim?: { status?: string; signingEnabled: boolean; tokens: string[]; keyLength?: string };
  mailFrom?: { domain?: string; status?: string; behaviorOnMxFailure?: string };
  configurationSetName?: string;
};

export type NotificationTopics = { bounceTopic?: string; complaintTopic?: string; forwardingEnabled: boolean };

export type ConfigurationSetFacts = {
  name: string;
  destinations: { name: string; enabled: boolean; types: string[]; snsTopicArn?: string }[];
};

export type SubscriptionFacts = { protocol: string; endpoint: string; confirmed: boolean };

export type AlarmFacts = {
  name: string;
  namespace?: string;
  metric?: string;
  threshold?: number;
  comparison?: string;
  actions: string[];
  state?: string;
};

export type ReputationFacts = {
  bounceRate?: number;
  complaintRate?: number;
  /** Messages sent in the window the rates cover; too few and the rates are not a verdict. */
  sends: number;
  windowHours: number;
  /** Messages under which a rate is not a verdict (REPUTATION_MIN_VOLUME); absent in older states: the default. */
  minVolume?: number;
  /** When the newest rate values were published (ISO). */
  bounceRateAt?: string;
  complaintRateAt?: string;
  /** The window's periods, oldest first: when a level was first crossed in the current run. */
  points?: { t: number; bounceRate: number | null; complaintRate: number | null }[];
};

/** What the DNS checker concluded for one domain (the full report lives with the checker). */
export type DomainDnsFacts = {
  spf: DnsPart;
  dkim: DnsPart;
  dmarc: DnsPart & { policy?: string };
  mailFrom: DnsPart;
};
export type DnsPart = { status: string; summary: string };

/**
 * One SES event the dashboard recorded from an SNS notification it processed: what a check cites as proof.
 * A configured topic or a confirmed subscription is never one of these.
 */
export type ObservedEvent = {
  kind: string;
  recipient: string;
  sesMessageId: string;
  snsMessageId: string;
  topicArn: string;
  /** When the notification was processed. */
  at: string;
};

/** What the dashboard's own bounce and complaint handling has seen in one account and region. */
export type EventFacts = {
  /** The latest SNS message of any type on the account's topics (subscription confirmations included): context, never proof. */
  lastReceivedAt?: string;
  testSendSucceededAt?: string;
  bounce?: ObservedEvent;
  complaint?: ObservedEvent;
  simulatorBounce?: ObservedEvent;
  simulatorComplaint?: ObservedEvent;
  /** The latest delivery to any recipient, the mailbox simulator included: shows whether deliveries are routed at all. */
  anyDelivery?: ObservedEvent;
  /** Recent deliveries to recipients outside the mailbox simulator, one per recipient, newest first. */
  realDeliveries?: ObservedEvent[];
};

/** An admin's word for what the dashboard cannot observe, by check id. */
export type Confirmation = { by: string; at: string };

export type Recommendation = { type: string; impact: string; status: string; resource: string; description: string };

export type GatheredState = {
  region: string;
  gatheredAt: string;
  /** The From address the team sends with (AWS_SES_FROM_EMAIL or the setting), if configured. */
  fromAddress?: string;
  account: Sourced<AccountFacts>;
  identities: Sourced<IdentityFacts[]>;
  notificationTopics: Sourced<Record<string, NotificationTopics>>;
  configurationSets: Sourced<ConfigurationSetFacts[]>;
  subscriptions: Sourced<Record<string, SubscriptionFacts[]>>;
  alarms: Sourced<AlarmFacts[]>;
  reputation: Sourced<ReputationFacts>;
  /** Per domain; absent while the DNS checker has not run for it. */
  dns?: Record<string, Sourced<DomainDnsFacts>>;
  /** Absent while the dashboard has no bounce handling of its own. */
  events?: Sourced<EventFacts>;
  /** Admins' confirmations of the items the dashboard cannot observe; absent where none are read. */
  confirmations?: Sourced<Record<string, Confirmation>>;
  /** Absent unless Virtual Deliverability Manager is enabled. */
  recommendations?: Sourced<Recommendation[]>;
};

export type CheckStatus = "done" | "warning" | "todo" | "unknown" | "not-applicable";

export type Evidence = { query: string; observed: string; expected: string; at: string };

export type ActionId = "enable-account-suppression" | "create-alarms" | "setup-notifications";

export type Fix = {
  /** Console steps, exactly as a person would click them. */
  steps: string[];
  cli?: string;
  /** A one-click action an admin can run from the checklist. */
  action?: ActionId;
  /** A page of the dashboard that does the job. */
  link?: { href: string; label: string };
};

export type GroupId = "prerequisites" | "authentication" | "notifications" | "access" | "post-approval" | "monitoring";

export type Check = {
  id: string;
  group: GroupId;
  title: string;
  status: CheckStatus;
  /** One line a person reads first: what is true now. */
  summary: string;
  evidence: Evidence[];
  why: string;
  fix?: Fix;
  /** How much the item counts towards the score. */
  weight: number;
  /** Set while the item puts the account at one of AWS's enforcement levels: it then comes first and the score cannot look ready. */
  danger?: Exclude<DangerLevel, "none">;
  /** Present on items only an admin can vouch for: whether, by whom and when it was confirmed. */
  confirm?: { by?: string; at?: string };
};

export type ReadinessResult = {
  region: string;
  evaluatedAt: string;
  score: number;
  checks: Check[];
  nextActions: Check[];
  /** Absent in reports stored before it existed. */
  danger?: Danger;
  /** False while any item at pause level or above is open: the score must not look ready then. */
  ready?: boolean;
  /** Background changes AWS is still working on (a review, a verification): the collector watches these closely. */
  awaiting?: string[];
};
