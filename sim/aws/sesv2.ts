import { randomUUID } from "node:crypto";
import type { RequestContext } from "./context";
import { isSimulatorAddress } from "./mailbox-simulator";
import { arr, decodeToken, encodeToken, epochSeconds, num, obj, parseJsonBody, sendJson, SimError, str, strArr } from "./protocol-json";
import { deliverSesEvents } from "./ses-events";
import { newCaseId, newIdentity, type Identity, type RegionState } from "./state";

const json = (ctx: RequestContext, body: unknown = {}) => sendJson(ctx.res, 200, body, ctx.requestId);
const badRequest = (message: string) => new SimError("BadRequestException", message, 400);
const notFound = (message: string) => new SimError("NotFoundException", message, 404);

type Route = [method: string, pattern: RegExp, handler: (ctx: RequestContext, body: Record<string, unknown>, params: string[]) => void];

const routes: Route[] = [
  ["GET", /^\/v2\/email\/account$/, (ctx) => json(ctx, accountView(ctx.rs))],
  ["POST", /^\/v2\/email\/account\/details$/, putAccountDetails],
  [
    "PUT",
    /^\/v2\/email\/account\/suppression$/,
    (ctx, b) => {
      const reasons = strArr(b.SuppressedReasons);
      if (reasons.some((r) => r !== "BOUNCE" && r !== "COMPLAINT")) throw badRequest("SuppressedReasons must be BOUNCE or COMPLAINT.");
      ctx.rs.account.SuppressedReasons = reasons;
      json(ctx);
    },
  ],
  ["POST", /^\/v2\/email\/list-identities$/, (ctx, b) => listIdentities(ctx, obj(b.Filter) ?? {}, str(b.NextToken), num(b.PageSize))],
  [
    "GET",
    /^\/v2\/email\/identities$/,
    (ctx) =>
      listIdentities(
        ctx,
        {},
        ctx.query.get("NextToken") ?? undefined,
        ctx.query.has("PageSize") ? Number(ctx.query.get("PageSize")) : undefined,
      ),
  ],
  ["POST", /^\/v2\/email\/identities$/, createIdentity],
  ["GET", /^\/v2\/email\/identities\/([^/]+)$/, (ctx, _b, [name]) => json(ctx, identityView(ctx.rs, identityOf(ctx.rs, name)))],
  [
    "DELETE",
    /^\/v2\/email\/identities\/([^/]+)$/,
    (ctx, _b, [name]) => {
      const id = identityOf(ctx.rs, name);
      ctx.rs.identities.delete(id.name.toLowerCase());
      json(ctx);
    },
  ],
  ["PUT", /^\/v2\/email\/identities\/([^/]+)\/mail-from$/, putMailFrom],
  [
    "PUT",
    /^\/v2\/email\/identities\/([^/]+)\/configuration-set$/,
    (ctx, b, [name]) => {
      const id = identityOf(ctx.rs, name);
      const set = str(b.ConfigurationSetName);
      if (set && !ctx.rs.configSets.has(set)) throw notFound(`Configuration set <${set}> does not exist.`);
      id.configurationSetName = set || undefined;
      json(ctx);
    },
  ],
  [
    "PUT",
    /^\/v2\/email\/identities\/([^/]+)\/feedback$/,
    (ctx, b, [name]) => {
      identityOf(ctx.rs, name).feedbackForwarding = b.EmailForwardingEnabled === true;
      json(ctx);
    },
  ],
  ["POST", /^\/v2\/email\/configuration-sets$/, createConfigurationSet],
  // Current clients POST a body (with an optional name filter); older ones GET with query parameters.
  [
    "POST",
    /^\/v2\/email\/list-configuration-sets$/,
    (ctx, b) => {
      const contains = Object.values(obj(b.Filter) ?? {})
        .filter((v): v is string => typeof v === "string")
        .map((v) => v.toLowerCase());
      const names = [...ctx.rs.configSets.keys()].filter((n) => contains.every((c) => n.toLowerCase().includes(c)));
      page(ctx, names, str(b.NextToken), num(b.PageSize) ?? 1000, (items, NextToken) => json(ctx, { ConfigurationSets: items, NextToken }));
    },
  ],
  [
    "GET",
    /^\/v2\/email\/configuration-sets$/,
    (ctx) => {
      const names = [...ctx.rs.configSets.keys()];
      page(ctx, names, ctx.query.get("NextToken") ?? undefined, Number(ctx.query.get("PageSize") ?? 1000), (items, NextToken) =>
        json(ctx, { ConfigurationSets: items, NextToken }),
      );
    },
  ],
  [
    "GET",
    /^\/v2\/email\/configuration-sets\/([^/]+)$/,
    (ctx, _b, [name]) => {
      const cs = configSetOf(ctx.rs, name);
      json(ctx, { ConfigurationSetName: cs.name, ...cs.options });
    },
  ],
  [
    "DELETE",
    /^\/v2\/email\/configuration-sets\/([^/]+)$/,
    (ctx, _b, [name]) => {
      ctx.rs.configSets.delete(configSetOf(ctx.rs, name).name);
      json(ctx);
    },
  ],
  [
    "POST",
    /^\/v2\/email\/configuration-sets\/([^/]+)\/event-destinations$/,
    (ctx, b, [name]) => {
      const cs = configSetOf(ctx.rs, name);
      const destName = str(b.EventDestinationName);
      const dest = obj(b.EventDestination);
      if (!destName || !dest) throw badRequest("EventDestinationName and EventDestination are required.");
      if (cs.destinations.some((d) => d.Name === destName))
        throw new SimError("AlreadyExistsException", `Event destination ${destName} already exists.`);
      if (!validEventTypes(dest.MatchingEventTypes)) throw badRequest("MatchingEventTypes contains an unknown event type.");
      cs.destinations.push({ Name: destName, Enabled: dest.Enabled ?? false, ...dest });
      json(ctx);
    },
  ],
  [
    "GET",
    /^\/v2\/email\/configuration-sets\/([^/]+)\/event-destinations$/,
    (ctx, _b, [name]) => json(ctx, { EventDestinations: configSetOf(ctx.rs, name).destinations }),
  ],
  [
    "PUT",
    /^\/v2\/email\/configuration-sets\/([^/]+)\/event-destinations\/([^/]+)$/,
    (ctx, b, [name, destName]) => {
      const cs = configSetOf(ctx.rs, name);
      const i = cs.destinations.findIndex((d) => d.Name === destName);
      if (i < 0) throw notFound(`Event destination ${destName} does not exist.`);
      cs.destinations[i] = { Name: destName ?? "", ...(obj(b.EventDestination) ?? {}) };
      json(ctx);
    },
  ],
  [
    "DELETE",
    /^\/v2\/email\/configuration-sets\/([^/]+)\/event-destinations\/([^/]+)$/,
    (ctx, _b, [name, destName]) => {
      const cs = configSetOf(ctx.rs, name);
      if (!cs.destinations.some((d) => d.Name === destName)) throw notFound(`Event destination ${destName} does not exist.`);
      cs.destinations = cs.destinations.filter((d) => d.Name !== destName);
      json(ctx);
    },
  ],
  [
    "PUT",
    /^\/v2\/email\/suppression\/addresses$/,
    (ctx, b) => {
      if (!ctx.rs.account.ProductionAccessEnabled) {
        throw badRequest("You can't add addresses to the suppression list while your account is in the sandbox.");
      }
      const address = str(b.EmailAddress);
      const reason = str(b.Reason);
      if (!address || !/^(.+)@(.+)$/.test(address)) throw badRequest("EmailAddress is not a valid email address.");
      if (reason !== "BOUNCE" && reason !== "COMPLAINT") throw badRequest("Reason must be BOUNCE or COMPLAINT.");
      ctx.rs.suppressed.set(address.toLowerCase(), { EmailAddress: address, Reason: reason, LastUpdateTime: epochSeconds(Date.now()) });
      json(ctx);
    },
  ],
  [
    "GET",
    /^\/v2\/email\/suppression\/addresses$/,
    (ctx) => {
      const reasons = ctx.query.getAll("Reason");
      const start = ctx.query.get("StartDate");
      const end = ctx.query.get("EndDate");
      const items = [...ctx.rs.suppressed.values()].filter(
        (s) =>
          (reasons.length === 0 || reasons.includes(s.Reason)) &&
          (!start || s.LastUpdateTime * 1000 >= Date.parse(start)) &&
          (!end || s.LastUpdateTime * 1000 < Date.parse(end)),
      );
      page(
        ctx,
        items,
        ctx.query.get("NextToken") ?? undefined,
        Number(ctx.query.get("PageSize") ?? 1000),
        (SuppressedDestinationSummaries, NextToken) => json(ctx, { SuppressedDestinationSummaries, NextToken }),
      );
    },
  ],
  [
    "GET",
    /^\/v2\/email\/suppression\/addresses\/([^/]+)$/,
    (ctx, _b, [address]) => {
      const s = ctx.rs.suppressed.get((address ?? "").toLowerCase());
      if (!s) throw notFound(`Email address ${address} does not exist on your suppression list.`);
      json(ctx, { SuppressedDestination: { ...s, Attributes: {} } });
    },
  ],
  [
    "DELETE",
    /^\/v2\/email\/suppression\/addresses\/([^/]+)$/,
    (ctx, _b, [address]) => {
      if (!ctx.rs.suppressed.delete((address ?? "").toLowerCase()))
        throw notFound(`Email address ${address} does not exist on your suppression list.`);
      json(ctx);
    },
  ],
  ["POST", /^\/v2\/email\/outbound-emails$/, sendEmail],
];

export function handleSesV2(ctx: RequestContext): void {
  for (const [method, pattern, handler] of routes) {
    const m = pattern.exec(ctx.path);
    if (!m || method !== ctx.method) continue;
    const params = m.slice(1).map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        throw badRequest(`Malformed path parameter ${p}`);
      }
    });
    const body = ctx.method === "GET" || ctx.method === "DELETE" ? {} : parseJsonBody(ctx.rawBody);
    handler(ctx, body, params);
    return;
  }
  throw new SimError("UnknownOperationException", `No SES v2 operation for ${ctx.method} ${ctx.path}`, 404);
}

function page<T>(
  ctx: RequestContext,
  items: T[],
  token: string | undefined,
  pageSize: number,
  reply: (items: T[], next?: string) => void,
): void {
  const start = decodeToken(token, "BadRequestException");
  const size = Number.isFinite(pageSize) && pageSize > 0 ? Math.min(pageSize, 1000) : 1000;
  const next = start + size < items.length ? encodeToken(start + size) : undefined;
  reply(items.slice(start, start + size), next);
}

// ---- account

export function accountView(rs: RegionState): Record<string, unknown> {
  const a = rs.account;
  const { reviewResolvesAt: _ignored, Details, ...rest } = a;
  return {
    DedicatedIpAutoWarmupEnabled: rest.DedicatedIpAutoWarmupEnabled,
    EnforcementStatus: rest.EnforcementStatus,
    ProductionAccessEnabled: rest.ProductionAccessEnabled,
    SendQuota: { Max24HourSend: rest.Max24HourSend, MaxSendRate: rest.MaxSendRate, SentLast24Hours: sentLast24Hours(rs, Date.now()) },
    SendingEnabled: rest.SendingEnabled,
    SuppressionAttributes: { SuppressedReasons: rest.SuppressedReasons },
    ...(Details ? { Details } : {}),
  };
}

export function sentLast24Hours(rs: RegionState, now: number): number {
  return rs.sends.filter((s) => s.t > now - 86_400_000).reduce((n, s) => n + s.quotaRecipients, 0);
}

function putAccountDetails(ctx: RequestContext, b: Record<string, unknown>): void {
  const mailType = str(b.MailType);
  const url = str(b.WebsiteURL);
  if (mailType !== "MARKETING" && mailType !== "TRANSACTIONAL") throw badRequest("MailType must be MARKETING or TRANSACTIONAL.");
  if (!url || url.length > 1000) throw badRequest("WebsiteURL is required (1-1000 characters).");
  const lang = str(b.ContactLanguage);
  if (b.ContactLanguage !== undefined && lang !== "EN" && lang !== "JA") throw badRequest("ContactLanguage must be EN or JA.");
  const contacts = b.AdditionalContactEmailAddresses === undefined ? undefined : strArr(b.AdditionalContactEmailAddresses);
  if (
    contacts &&
    (contacts.length < 1 || contacts.length > 4 || contacts.some((c) => c.length < 6 || c.length > 254 || !/^(.+)@(.+)$/.test(c)))
  ) {
    throw badRequest("AdditionalContactEmailAddresses must hold 1-4 email addresses.");
  }
  const useCase = str(b.UseCaseDescription);
  if (useCase && useCase.length > 5000) throw badRequest("UseCaseDescription is longer than 5000 characters.");
  const a = ctx.rs.account;
  if (a.Details?.ReviewDetails.Status === "PENDING") {
    throw new SimError("ConflictException", "An account details update is already under review.", 409);
  }
  a.Details = {
    MailType: mailType,
    WebsiteURL: url,
    ...(lang ? { ContactLanguage: lang } : {}),
    ...(useCase !== undefined ? { UseCaseDescription: useCase } : {}),
    ...(contacts ? { AdditionalContactEmailAddresses: contacts } : {}),
    ReviewDetails: { Status: "PENDING", CaseId: newCaseId() },
  };
  a.reviewResolvesAt = ctx.rs.review ? Date.now() + ctx.rs.review.afterMs : undefined;
  json(ctx);
}

// ---- identities

function identityOf(rs: RegionState, name: string | undefined): Identity {
  const id = rs.identities.get((name ?? "").toLowerCase());
  if (!id) throw notFound(`Email identity <${name}> does not exist.`);
  return id;
}

function listIdentities(
  ctx: RequestContext,
  filter: Record<string, unknown>,
  token: string | undefined,
  pageSize: number | undefined,
): void {
  const contains = str(filter.IDENTITY_NAME_CONTAINS)?.toLowerCase();
  const type = str(filter.IDENTITY_TYPE);
  const status = str(filter.VERIFICATION_STATUS);
  const items = [...ctx.rs.identities.values()]
    .filter(
      (i) => (!contains || i.name.toLowerCase().includes(contains)) && (!type || i.type === type) && (!status || i.verification === status),
    )
    .map((i) => ({
      IdentityType: i.type,
      IdentityName: i.name,
      SendingEnabled: i.verification === "SUCCESS",
      VerificationStatus: i.verification,
    }));
  page(ctx, items, token, pageSize ?? 1000, (EmailIdentities, NextToken) => json(ctx, { EmailIdentities, NextToken }));
}

function dkimView(id: Identity): Record<string, unknown> {
  if (id.type === "EMAIL_ADDRESS") return { SigningEnabled: false, Status: id.dkim.status, Tokens: [] };
  return {
    SigningEnabled: id.dkim.signingEnabled,
    Status: id.dkim.status,
    Tokens: id.dkim.tokens,
    SigningAttributesOrigin: "AWS_SES",
    NextSigningKeyLength: "RSA_2048_BIT",
    CurrentSigningKeyLength: "RSA_2048_BIT",
    LastKeyGenerationTimestamp: epochSeconds(id.dkim.generatedAt),
  };
}

function identityView(rs: RegionState, id: Identity): Record<string, unknown> {
  return {
    IdentityType: id.type,
    FeedbackForwardingStatus: id.feedbackForwarding,
    VerifiedForSendingStatus: id.verification === "SUCCESS",
    DkimAttributes: dkimView(id),
    MailFromAttributes: id.mailFrom
      ? { MailFromDomain: id.mailFrom.domain, MailFromDomainStatus: id.mailFrom.status, BehaviorOnMxFailure: id.mailFrom.behavior }
      : { BehaviorOnMxFailure: id.behaviorOnMxFailure },
    Policies: {},
    Tags: id.tags,
    ...(id.configurationSetName && rs.configSets.has(id.configurationSetName) ? { ConfigurationSetName: id.configurationSetName } : {}),
    VerificationStatus: id.verification,
    VerificationInfo: {
      LastCheckedTimestamp: epochSeconds(id.lastChecked),
      ...(id.lastSuccess !== undefined ? { LastSuccessTimestamp: epochSeconds(id.lastSuccess) } : {}),
      ...(id.verification === "FAILED" ? { ErrorType: "TYPE_NOT_FOUND" } : {}),
    },
  };
}

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function createIdentity(ctx: RequestContext, b: Record<string, unknown>): void {
  const name = str(b.EmailIdentity)?.trim();
  if (!name) throw badRequest("EmailIdentity is required.");
  const isEmail = name.includes("@");
  if (isEmail ? !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(name) : !DOMAIN_RE.test(name)) throw badRequest(`Invalid email identity <${name}>.`);
  if (ctx.rs.identities.has(name.toLowerCase())) throw new SimError("AlreadyExistsException", `Email identity <${name}> already exist.`);
  const set = str(b.ConfigurationSetName);
  if (set && !ctx.rs.configSets.has(set)) throw notFound(`Configuration set <${set}> does not exist.`);
  const id = newIdentity(name, Date.now());
  id.tags = arr(b.Tags)
    .map((t) => obj(t) ?? {})
    .map((t) => ({ Key: str(t.Key) ?? "", Value: str(t.Value) ?? "" }));
  id.configurationSetName = set;
  ctx.rs.identities.set(name.toLowerCase(), id);
  json(ctx, { IdentityType: id.type, VerifiedForSendingStatus: false, DkimAttributes: dkimView(id) });
}

function putMailFrom(ctx: RequestContext, b: Record<string, unknown>, [name]: string[]): void {
  const id = identityOf(ctx.rs, name);
  const domain = str(b.MailFromDomain)?.toLowerCase();
  const behavior = str(b.BehaviorOnMxFailure) ?? "USE_DEFAULT_VALUE";
  if (behavior !== "USE_DEFAULT_VALUE" && behavior !== "REJECT_MESSAGE")
    throw badRequest("BehaviorOnMxFailure must be USE_DEFAULT_VALUE or REJECT_MESSAGE.");
  id.behaviorOnMxFailure = behavior;
  if (!domain) {
    id.mailFrom = undefined;
    return json(ctx);
  }
  const parent = id.type === "DOMAIN" ? id.name.toLowerCase() : (id.name.split("@")[1] ?? "").toLowerCase();
  if (!domain.endsWith(`.${parent}`) || !DOMAIN_RE.test(domain))
    throw badRequest(`MAIL FROM domain ${domain} must be a subdomain of ${parent}.`);
  id.mailFrom = { domain, status: "PENDING", behavior };
  json(ctx);
}

// ---- configuration sets

function configSetOf(rs: RegionState, name: string | undefined) {
  const cs = rs.configSets.get(name ?? "");
  if (!cs) throw notFound(`Configuration set <${name}> does not exist.`);
  return cs;
}

function createConfigurationSet(ctx: RequestContext, b: Record<string, unknown>): void {
  const name = str(b.ConfigurationSetName);
  if (!name || !/^[A-Za-z0-9_-]{1,64}$/.test(name))
    throw badRequest("ConfigurationSetName must be 1-64 letters, digits, hyphens or underscores.");
  if (ctx.rs.configSets.has(name)) throw new SimError("AlreadyExistsException", `Configuration set <${name}> already exists.`);
  const { ConfigurationSetName: _n, ...options } = b;
  ctx.rs.configSets.set(name, { name, options, destinations: [] });
  json(ctx);
}

const EVENT_TYPES = new Set([
  "SEND",
  "REJECT",
  "BOUNCE",
  "COMPLAINT",
  "DELIVERY",
  "OPEN",
  "CLICK",
  "RENDERING_FAILURE",
  "DELIVERY_DELAY",
  "SUBSCRIPTION",
]);
const validEventTypes = (v: unknown) => v === undefined || strArr(v).every((t) => EVENT_TYPES.has(t));

// ---- sending

/** `"Name" <a@b>` → `a@b`. */
export function bareAddress(s: string): string {
  const m = /<([^>]+)>/.exec(s);
  return (m?.[1] ?? s).trim();
}

/** An address is verified by its own identity or by its domain or a parent domain. */
export function isVerifiedAddress(rs: RegionState, address: string): boolean {
  const a = address.toLowerCase();
  if (rs.identities.get(a)?.verification === "SUCCESS") return true;
  const labels = (a.split("@")[1] ?? "").split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    if (rs.identities.get(labels.slice(i).join("."))?.verification === "SUCCESS") return true;
  }
  return false;
}

function sendingIdentity(rs: RegionState, from: string): Identity | undefined {
  const a = from.toLowerCase();
  const own = rs.identities.get(a);
  if (own?.verification === "SUCCESS") return own;
  const labels = (a.split("@")[1] ?? "").split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const id = rs.identities.get(labels.slice(i).join("."));
    if (id?.verification === "SUCCESS") return id;
  }
  return undefined;
}

function rawHeaders(data: string): Map<string, string> {
  const text = Buffer.from(data, "base64").toString("utf8");
  const head = text.split(/\r?\n\r?\n/)[0] ?? "";
  const out = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return out;
}

const splitAddresses = (s: string | undefined) => (s ? s.split(",").map(bareAddress).filter(Boolean) : []);

function sendEmail(ctx: RequestContext, b: Record<string, unknown>): void {
  const { rs, region } = ctx;
  const content = obj(b.Content);
  if (!content || !(content.Simple || content.Raw || content.Template)) throw badRequest("Content must contain Simple, Raw or Template.");
  const dest = obj(b.Destination) ?? {};
  const raw = obj(content.Raw);
  const headers = raw && str(raw.Data) ? rawHeaders(str(raw.Data) ?? "") : new Map<string, string>();
  let recipients = [...strArr(dest.ToAddresses), ...strArr(dest.CcAddresses), ...strArr(dest.BccAddresses)].map(bareAddress);
  if (recipients.length === 0) recipients = [...splitAddresses(headers.get("to")), ...splitAddresses(headers.get("cc"))];
  const fromRaw = str(b.FromEmailAddress) ?? headers.get("from");
  if (!fromRaw) throw badRequest("Missing FromEmailAddress.");
  if (recipients.length === 0) throw badRequest("Missing final destination.");
  if (recipients.length > 50) throw badRequest("Recipient count exceeds 50.");
  const from = bareAddress(fromRaw);
  const a = rs.account;
  if (!a.SendingEnabled) throw new SimError("SendingPausedException", "Sending is paused for this account.");
  const regionLabel = region.toUpperCase();
  if (!isVerifiedAddress(rs, from)) {
    throw new SimError(
      "MessageRejected",
      `Email address is not verified. The following identities failed the check in region ${regionLabel}: ${from}`,
    );
  }
  if (!a.ProductionAccessEnabled) {
    const unverified = recipients.filter((r) => !isSimulatorAddress(r) && !isVerifiedAddress(rs, r));
    if (unverified.length > 0) {
      throw new SimError(
        "MessageRejected",
        `Email address is not verified. The following identities failed the check in region ${regionLabel}: ${unverified.join(", ")}`,
      );
    }
  }
  const setName = str(b.ConfigurationSetName) ?? sendingIdentity(rs, from)?.configurationSetName;
  const configSet = setName ? rs.configSets.get(setName) : undefined;
  if (setName && !configSet) throw notFound(`Configuration set <${setName}> does not exist.`);

  const now = Date.now();
  rs.sends = rs.sends.filter((s) => s.t > now - 86_400_000);
  // Mailbox-simulator mail counts against the send rate but not the daily quota, as in SES.
  const quotaRecipients = recipients.filter((r) => !isSimulatorAddress(r)).length;
  if (a.Max24HourSend >= 0 && quotaRecipients > 0 && sentLast24Hours(rs, now) + quotaRecipients > a.Max24HourSend) {
    throw new SimError("LimitExceededException", "Daily message quota exceeded.");
  }
  const lastSecond = rs.sends.filter((s) => s.t > now - 1000).reduce((n, s) => n + s.recipients, 0);
  if (lastSecond > 0 && lastSecond + recipients.length > a.MaxSendRate) {
    throw new SimError("TooManyRequestsException", "Maximum sending rate exceeded.", 429);
  }
  rs.sends.push({ t: now, recipients: recipients.length, quotaRecipients });
  const messageId = `${now.toString(16).padStart(16, "0")}-${randomUUID()}-000000`;
  deliverSesEvents(ctx.store, rs, {
    messageId,
    from,
    fromRaw,
    recipients,
    identity: sendingIdentity(rs, from),
    configSet,
    subject: str(obj(obj(content.Simple)?.Subject)?.Data) ?? headers.get("subject"),
    emailTags: arr(b.EmailTags).map((t) => obj(t) ?? {}),
    now,
  });
  json(ctx, { MessageId: messageId });
}
