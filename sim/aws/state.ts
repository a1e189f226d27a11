import { randomBytes, randomUUID } from "node:crypto";
import { defaultFaults, type Faults } from "./faults";
import { generateHistory, type MetricSeries } from "./metrics-history";
import { SimError } from "./protocol-json";
import { regionScenario, type Scenario } from "./scenario";

export const ACCOUNT_ID = "123456789012";

export type Status = "PENDING" | "SUCCESS" | "FAILED" | "TEMPORARY_FAILURE" | "NOT_STARTED";

export type AccountSettings = {
  ProductionAccessEnabled: boolean;
  SendingEnabled: boolean;
  EnforcementStatus: string;
  Max24HourSend: number;
  MaxSendRate: number;
  SuppressedReasons: string[];
  DedicatedIpAutoWarmupEnabled: boolean;
};

export type AccountDetails = {
  MailType: string;
  WebsiteURL: string;
  ContactLanguage?: string;
  UseCaseDescription?: string;
  AdditionalContactEmailAddresses?: string[];
  ReviewDetails: { Status: string; CaseId: string };
};

export type AccountState = AccountSettings & { Details?: AccountDetails; reviewResolvesAt?: number };

export type IdentityStatus = { dkim: Status; verification: Status; mailFrom: Status };

export type NotificationType = "Bounce" | "Complaint" | "Delivery";

export type Identity = {
  name: string;
  type: "DOMAIN" | "EMAIL_ADDRESS";
  verification: Status;
  dkim: { status: Status; tokens: string[]; signingEnabled: boolean; generatedAt: number };
  mailFrom?: { domain: string; status: Status; behavior: string };
  behaviorOnMxFailure: string;
  configurationSetName?: string;
  tags: Array<{ Key: string; Value: string }>;
  feedbackForwarding: boolean;
  topics: Partial<Record<NotificationType, string>>;
  headersInNotifications: Record<NotificationType, boolean>;
  lastChecked: number;
  lastSuccess?: number;
};

export type EventDestination = { Name: string } & Record<string, unknown>;
export type ConfigurationSet = { name: string; options: Record<string, unknown>; destinations: EventDestination[] };
export type Suppressed = { EmailAddress: string; Reason: string; LastUpdateTime: number };

export type Subscription = {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  token: string;
  confirmed: boolean;
};
export type Topic = { arn: string; name: string; attributes: Map<string, string>; subscriptions: Subscription[] };

export type Alarm = { config: Record<string, unknown>; updatedAt: number; stateValue?: string; stateUpdatedAt: number };

export type RegionState = {
  region: string;
  accountId: string;
  account: AccountState;
  identities: Map<string, Identity>;
  configSets: Map<string, ConfigurationSet>;
  suppressed: Map<string, Suppressed>;
  topics: Map<string, Topic>;
  alarms: Map<string, Alarm>;
  metrics: MetricSeries;
  /** Accepted sends, for the rate window and the 24-hour quota. */
  sends: Array<{ t: number; recipients: number; quotaRecipients: number }>;
  review?: { outcome: "GRANTED" | "DENIED"; afterMs: number };
};

/** Temporary credentials issued by AssumeRole: the access key id names the account of every later call. */
export type RoleSession = { accountId: string; roleArn: string; sessionName: string; expiresAt: number };

/** Who signed a request: the account its state lives in, and the principal's ARN for messages. */
export type Caller = { accountId: string; arn: string; userId: string };

/** One HTTP delivery attempt made by the simulated SNS, kept for tests and the demo. */
export type DeliveryRecord = { endpoint: string; type: string; body: string; status?: number; error?: string };

export const SANDBOX: AccountSettings = {
  ProductionAccessEnabled: false,
  SendingEnabled: true,
  EnforcementStatus: "HEALTHY",
  Max24HourSend: 200,
  MaxSendRate: 1,
  SuppressedReasons: [],
  DedicatedIpAutoWarmupEnabled: false,
};

function dkimTokens(): string[] {
  // Real tokens are 32 lowercase base32-ish characters.
  return [0, 1, 2].map(() => randomBytes(20).toString("hex").slice(0, 32));
}

export function newIdentity(name: string, now: number): Identity {
  const isEmail = name.includes("@");
  return {
    name,
    type: isEmail ? "EMAIL_ADDRESS" : "DOMAIN",
    verification: "PENDING",
    dkim: isEmail
      ? { status: "NOT_STARTED", tokens: [], signingEnabled: false, generatedAt: now }
      : { status: "PENDING", tokens: dkimTokens(), signingEnabled: true, generatedAt: now },
    behaviorOnMxFailure: "USE_DEFAULT_VALUE",
    tags: [],
    feedbackForwarding: true,
    topics: {},
    headersInNotifications: { Bounce: false, Complaint: false, Delivery: false },
    lastChecked: now,
  };
}

export class SimStore {
  readonly regions = new Map<string, RegionState>();
  /** Access key id of each AssumeRole session. */
  readonly sessions = new Map<string, RoleSession>();
  faults: Faults = defaultFaults();
  deliveries: DeliveryRecord[] = [];
  baseUrl = "";
  startedAt = Date.now();
  /** IAM actions the simulated principal lacks (see permissions.ts). */
  deniedActions: string[];

  constructor(public scenario: Scenario = {}) {
    this.deniedActions = [...(scenario.deniedActions ?? [])];
  }

  key(region: string, account = ACCOUNT_ID): string {
    return `${account}:${region}`;
  }

  /** Regions come into existence on first use, from the scenario, as they do for a real account. */
  region(region: string, account = ACCOUNT_ID): RegionState {
    const k = this.key(region, account);
    let rs = this.regions.get(k);
    if (!rs) {
      const sc = regionScenario(account === ACCOUNT_ID ? this.scenario : (this.scenario.otherAccounts?.[account]?.scenario ?? {}), region);
      rs = {
        region,
        accountId: account,
        account: { ...SANDBOX, ...sc.account },
        identities: new Map(),
        configSets: new Map(),
        suppressed: new Map(),
        topics: new Map(),
        alarms: new Map(),
        metrics: sc.history ? generateHistory(sc.history, this.startedAt) : new Map(),
        sends: [],
        review: sc.review,
      };
      for (const id of sc.identities ?? []) {
        const identity = newIdentity(id.name, this.startedAt);
        rs.identities.set(id.name, identity);
        applyIdentityStatus(identity, id, this.startedAt);
      }
      this.regions.set(k, rs);
    }
    refreshAccount(rs, Date.now());
    return rs;
  }

  reset(scenario: Scenario = this.scenario): void {
    this.scenario = scenario;
    this.regions.clear();
    this.sessions.clear();
    this.deliveries = [];
    this.faults = defaultFaults();
    this.deniedActions = [...(scenario.deniedActions ?? [])];
    this.startedAt = Date.now();
  }

  /**
   * The account a request acts in, from its access key id: a role session's account, or the
   * default account for any other key (signatures are not checked). An expired session is refused.
   */
  caller(accessKeyId: string, now = Date.now()): Caller {
    const session = this.sessions.get(accessKeyId);
    if (!session)
      return { accountId: ACCOUNT_ID, arn: `arn:aws:iam::${ACCOUNT_ID}:user/simulated`, userId: accessKeyId || "AIDASIMULATED" };
    if (now >= session.expiresAt) throw new SimError("ExpiredToken", "The security token included in the request is expired", 403);
    const roleName = session.roleArn.split("/").pop();
    return {
      accountId: session.accountId,
      arn: `arn:aws:sts::${session.accountId}:assumed-role/${roleName}/${session.sessionName}`,
      userId: `AROA${session.accountId}:${session.sessionName}`,
    };
  }

  setIdentityStatus(region: string, identity: string, status: Partial<IdentityStatus>, account?: string): void {
    const rs = this.region(region, account);
    const id = rs.identities.get(identity);
    if (!id) throw new Error(`No identity ${identity} in ${region}`);
    applyIdentityStatus(id, status, Date.now());
  }

  setAccount(region: string, partial: Partial<AccountState>, account?: string): void {
    Object.assign(this.region(region, account).account, partial);
  }

  /** Ends a PENDING review now with the given outcome, whatever the scenario said. */
  resolveReview(region: string, outcome: "GRANTED" | "DENIED", account?: string): void {
    const rs = this.region(region, account);
    if (rs.account.Details?.ReviewDetails.Status !== "PENDING") throw new Error(`No pending review in ${region}`);
    rs.review = { outcome, afterMs: 0 };
    rs.account.reviewResolvesAt = Date.now();
    refreshAccount(rs, Date.now());
  }
}

/** For a domain, SES derives verification from DKIM, so a DKIM status also sets the verification status. */
export function applyIdentityStatus(id: Identity, s: Partial<IdentityStatus>, now: number): void {
  if (s.dkim) {
    id.dkim.status = s.dkim;
    if (id.type === "DOMAIN" && !s.verification) id.verification = s.dkim;
  }
  if (s.verification) id.verification = s.verification;
  if (s.mailFrom && id.mailFrom) id.mailFrom.status = s.mailFrom;
  id.lastChecked = now;
  if (id.verification === "SUCCESS") id.lastSuccess = now;
}

/** A review resolves lazily when the account is next read, so no timers outlive the server. */
export function refreshAccount(rs: RegionState, now: number): void {
  const a = rs.account;
  if (a.Details?.ReviewDetails.Status !== "PENDING" || a.reviewResolvesAt === undefined || now < a.reviewResolvesAt) return;
  const outcome = rs.review?.outcome ?? "GRANTED";
  a.Details.ReviewDetails.Status = outcome;
  a.reviewResolvesAt = undefined;
  if (outcome === "GRANTED") {
    // 50,000/day and 14/s are the commonly quoted starting quota, not an AWS guarantee.
    Object.assign(a, { ProductionAccessEnabled: true, Max24HourSend: 50000, MaxSendRate: 14 });
  }
}

export const newCaseId = (): string => String(Date.now()) + String(Math.floor(Math.random() * 1e5)).padStart(5, "0");
export const newRequestId = (): string => randomUUID();

let active: SimStore | undefined;
export function setActiveStore(store: SimStore | undefined): void {
  active = store;
}
export function activeStore(): SimStore {
  if (!active) throw new Error("No simulated AWS server is running");
  return active;
}

/** Test/demo helper: acts on the most recently started simulator unless a store is given. */
export function setIdentityStatus(region: string, identity: string, status: Partial<IdentityStatus>, store = activeStore()): void {
  store.setIdentityStatus(region, identity, status);
}
export function setAccount(region: string, partial: Partial<AccountState>, store = activeStore()): void {
  store.setAccount(region, partial);
}
export function resolveReview(region: string, outcome: "GRANTED" | "DENIED", store = activeStore()): void {
  store.resolveReview(region, outcome);
}
