import type { DnsAnswer, DnsLookup, MxRecord, RecordType } from "../types";
import { Abort, countLookup, isValidDomain, query, type Ctx } from "./check-host-context";
import { isSpfRecord, parseSpfRecord } from "./parse-spf-record";
import { expandMacroString, type MacroValues, truncateDomain, usesMacro } from "./spf-macro";
import { AddressDependent, inNetwork, isRange, parseClientIp, type ClientIp } from "./spf-ip";
import { MX_LIMIT, PTR_LIMIT, QUALIFIER_RESULT, type Mechanism, type SpfRecord, type SpfResult } from "./spf-types";

export type CheckHostInput = {
  /** The SMTP client's address, or a block of clients judged at once (evaluate-spf-range.ts). */
  ip: string | ClientIp;
  /** MAIL FROM (may be empty: then postmaster@<helo> is checked, §2.4). */
  mailFrom: string;
  helo: string;
  /** The domain to check; defaults to the MAIL FROM domain, or the HELO name when MAIL FROM is empty. */
  domain?: string;
};

export type CheckHostOptions = {
  lookup: DnsLookup;
  /** %{r} in explanations. */
  receiver?: string;
  /** Text used for a fail when the record has no usable exp= (§6.2). */
  defaultExplanation?: string;
  now?: () => number;
};

export type CheckHostResult = {
  result: SpfResult;
  /** For fail: the exp= text or the default explanation. */
  explanation?: string;
  /** Why the result is what it is: the matching term, or the error. */
  reason: string;
  /** The domain whose record decided (after redirects). */
  domain: string;
  lookups: number;
  voidLookups: number;
};

type Outcome = { result: SpfResult; reason: string; domain: string; record?: SpfRecord };

/** The MAIL FROM domain, or the HELO name when MAIL FROM is empty (§2.4). */
const senderDomainOf = ({ mailFrom, helo }: CheckHostInput) => (mailFrom ? mailFrom.slice(mailFrom.lastIndexOf("@") + 1) : helo);

/** The domain check_host() evaluates: the given one, else the sender's. */
export const checkedDomain = (input: CheckHostInput) => (input.domain ?? senderDomainOf(input)).replace(/\.$/, "");

export const DEFAULT_EXPLANATION = "See https://www.open-spf.org/Why for why this message was rejected";

/** RFC 7208 check_host() (§4–§6): the result for one client, sender and domain. */
export async function checkHost(input: CheckHostInput, options: CheckHostOptions): Promise<CheckHostResult> {
  const ip = typeof input.ip === "string" ? parseClientIp(input.ip) : input.ip;
  const at = input.mailFrom.lastIndexOf("@");
  const senderDomain = senderDomainOf(input);
  // §4.3: a sender without a local-part is treated as postmaster.
  const local = input.mailFrom && at > 0 ? input.mailFrom.slice(0, at) : "postmaster";
  const domain = checkedDomain(input);
  const state = { lookups: 0, voids: 0 };
  const done = (o: Omit<CheckHostResult, "lookups" | "voidLookups">): CheckHostResult => ({
    ...o,
    lookups: state.lookups,
    voidLookups: state.voids,
  });
  if (!ip) return done({ result: "permerror", reason: `"${input.ip}" is not an IP address`, domain });
  // §4.3: a malformed domain (domain literal, single label, empty or long label) gives none.
  if (!isValidDomain(domain) || domain.startsWith("["))
    return done({ result: "none", reason: `"${domain}" is not a valid domain name`, domain });

  const macros: MacroValues = {
    s: `${local}@${senderDomain}`,
    l: local,
    o: senderDomain,
    d: domain,
    i: ip.macro,
    v: ip.family === 4 ? "in-addr" : "ip6",
    h: input.helo,
    c: ip.text,
    r: options.receiver ?? "unknown",
    t: String(Math.floor((options.now?.() ?? Date.now()) / 1000)),
  };
  const ctx: Ctx = { ip, lookup: options.lookup, state, macros, pCache: undefined };
  try {
    const outcome = await evaluateDomain(ctx, domain, 0, true);
    const explanation =
      outcome.result === "fail" && !isRange(ip)
        ? await explain(ctx, outcome, options.defaultExplanation ?? DEFAULT_EXPLANATION)
        : undefined;
    return done({ result: outcome.result, reason: outcome.reason, domain: outcome.domain, explanation });
  } catch (e) {
    if (e instanceof Abort) return done({ result: e.result, reason: e.message, domain });
    throw e;
  }
}

/** Fetches and selects the record of a domain: error → temperror; none → undefined; several → permerror (§4.4, §4.5). */
async function fetchRecord(ctx: Ctx, domain: string): Promise<string | undefined> {
  if (!isValidDomain(domain)) return undefined;
  const answer = await ctx.lookup(domain, "TXT");
  if (answer.status === "error")
    throw new Abort("temperror", `DNS error looking up TXT ${domain}: ${answer.error ?? "error"} (${answer.server})`);
  const records = answer.records.map((r) => (Array.isArray(r) ? r.join("") : String(r))).filter(isSpfRecord);
  if (records.length > 1) throw new Abort("permerror", `${domain} publishes ${records.length} SPF records`);
  return records[0];
}

async function evaluateDomain(ctx: Ctx, domain: string, depth: number, top: boolean): Promise<Outcome> {
  const text = await fetchRecord(ctx, domain);
  if (text === undefined) return { result: "none", reason: `no SPF record at ${domain}`, domain };
  const parsed = parseSpfRecord(text);
  if (!parsed.ok) throw new Abort("permerror", `syntax error in the record of ${domain}: ${parsed.error}`);
  return evaluateRecord(ctx, parsed.record, domain, depth, top);
}

async function evaluateRecord(ctx: Ctx, record: SpfRecord, domain: string, depth: number, top: boolean): Promise<Outcome> {
  // The loop guards are the lookup limits; this only bounds recursion should they be lifted.
  if (depth > 20) throw new Abort("permerror", "too many levels of include/redirect");
  for (const m of record.mechanisms) {
    if (await matches(ctx, m, domain, depth))
      return { result: QUALIFIER_RESULT[m.qualifier], reason: `matched ${m.text} in ${domain}`, domain, record };
  }
  if (record.redirect !== undefined) {
    countLookup(ctx, `redirect=${record.redirect}`);
    const target = await expandDomain(ctx, record.redirect, domain);
    const outcome = await evaluateDomain(ctx, target, depth + 1, top);
    // §6.1: a redirect to a domain without a record is a permerror.
    if (outcome.result === "none") throw new Abort("permerror", `redirect=${target}: no SPF record there`);
    return outcome;
  }
  return { result: "neutral", reason: `no term matched in ${domain} (default neutral)`, domain, record };
}

async function expandDomain(ctx: Ctx, spec: string, domain: string): Promise<string> {
  const values = { ...ctx.macros, d: domain };
  if (isRange(ctx.ip) && (usesMacro(spec, "i") || usesMacro(spec, "p"))) throw new AddressDependent(spec);
  if (usesMacro(spec, "p")) values.p = await validatedName(ctx, domain);
  try {
    return truncateDomain(expandMacroString(spec, values));
  } catch (e) {
    throw new Abort("permerror", `${spec}: ${(e as Error).message}`);
  }
}

const addressType = (ctx: Ctx): RecordType => (ctx.ip.family === 4 ? "A" : "AAAA");
const anyInNetwork = (ctx: Ctx, answer: DnsAnswer | undefined, m: Mechanism) =>
  (answer?.records ?? []).some((r) =>
    inNetwork(ctx.ip, String(r), (ctx.ip.family === 4 ? m.cidr4 : m.cidr6) ?? (ctx.ip.family === 4 ? 32 : 128)),
  );

async function matches(ctx: Ctx, m: Mechanism, domain: string, depth: number): Promise<boolean> {
  switch (m.kind) {
    case "all":
      return true;
    case "ip4":
    case "ip6":
      // §5.6: ip4 matches only IPv4 clients and ip6 only IPv6 ones, whatever the network is written as.
      if ((m.kind === "ip4") !== (ctx.ip.family === 4)) return false;
      return inNetwork(ctx.ip, m.network!, (m.kind === "ip4" ? m.cidr4 : m.cidr6)!);
    case "a": {
      countLookup(ctx, m.text);
      const target = m.domainSpec ? await expandDomain(ctx, m.domainSpec, domain) : domain;
      return anyInNetwork(ctx, await query(ctx, target, addressType(ctx)), m);
    }
    case "mx": {
      countLookup(ctx, m.text);
      const target = m.domainSpec ? await expandDomain(ctx, m.domainSpec, domain) : domain;
      const mx = await query(ctx, target, "MX");
      const hosts = ((mx?.records ?? []) as MxRecord[]).slice().sort((a, b) => a.preference - b.preference);
      if (hosts.length > MX_LIMIT) throw new Abort("permerror", `${m.text}: ${target} has ${hosts.length} MX records (limit ${MX_LIMIT})`);
      const answers = await Promise.all(hosts.map((h) => (h.exchange ? query(ctx, h.exchange, addressType(ctx)) : undefined)));
      return answers.some((a) => anyInNetwork(ctx, a, m));
    }
    case "ptr": {
      if (isRange(ctx.ip)) throw new AddressDependent(m.text);
      countLookup(ctx, m.text);
      const target = (m.domainSpec ? await expandDomain(ctx, m.domainSpec, domain) : domain).toLowerCase();
      const names = await validatedNames(ctx);
      return names.some((n) => n === target || n.endsWith(`.${target}`));
    }
    case "exists": {
      countLookup(ctx, m.text);
      const target = await expandDomain(ctx, m.domainSpec!, domain);
      // §5.7: always an A query, whatever the client's family.
      const answer = await query(ctx, target, "A");
      return (answer?.records.length ?? 0) > 0;
    }
    case "include": {
      countLookup(ctx, m.text);
      const target = await expandDomain(ctx, m.domainSpec!, domain);
      const outcome = await evaluateDomain(ctx, target, depth + 1, false);
      // §5.2: the included result maps to match / no match / error.
      if (outcome.result === "none") throw new Abort("permerror", `${m.text}: no SPF record at ${target}`);
      return outcome.result === "pass";
    }
  }
}

/**
 * §5.5: PTR names of the client whose own addresses include it. A PTR lookup error
 * makes the mechanism not match; an address lookup error skips that name.
 */
async function validatedNames(ctx: Ctx): Promise<string[]> {
  const ptr = await query(ctx, ctx.ip.reverseName, "PTR", { abortOnError: false });
  const names = ((ptr?.records ?? []) as string[]).slice(0, PTR_LIMIT).map((n) => n.toLowerCase().replace(/\.$/, ""));
  const checked = await Promise.all(
    names.map(async (n) => {
      const answer = await query(ctx, n, addressType(ctx), { abortOnError: false });
      return (answer?.records ?? []).some((r) => inNetwork(ctx.ip, String(r), ctx.ip.family === 4 ? 32 : 128)) ? n : undefined;
    }),
  );
  return checked.filter((n): n is string => n !== undefined);
}

/** §7.3 %{p}: a validated name, preferring <domain> or a subdomain of it; "unknown" when none. */
function validatedName(ctx: Ctx, domain: string): Promise<string> {
  ctx.pCache ??= validatedNames(ctx).then((names) => {
    const d = domain.toLowerCase();
    return names.find((n) => n === d) ?? names.find((n) => n.endsWith(`.${d}`)) ?? names[0] ?? "unknown";
  });
  return ctx.pCache;
}

/** §6.2: the exp= of the deciding record, expanded; any problem falls back to the default. */
async function explain(ctx: Ctx, outcome: Outcome, fallback: string): Promise<string> {
  const spec = outcome.record?.exp;
  if (spec === undefined) return fallback;
  try {
    const values = { ...ctx.macros, d: outcome.domain };
    if (usesMacro(spec, "p")) values.p = await validatedName(ctx, outcome.domain);
    const name = truncateDomain(expandMacroString(spec, values));
    if (!isValidDomain(name)) return fallback;
    const answer = await ctx.lookup(name, "TXT");
    if (answer.status !== "ok" || answer.records.length !== 1) return fallback;
    const text = (answer.records[0] as string[]).join("");
    if (/[^\x20-\x7e]/.test(text)) return fallback;
    if (usesMacro(text, "p")) values.p = await validatedName(ctx, outcome.domain);
    return expandMacroString(text, values, { explain: true });
  } catch {
    return fallback;
  }
}
