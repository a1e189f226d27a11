/* One check_host() evaluation's state, and the DNS budget every term draws on (RFC 7208 §4.6.4). */
import { dnsNameProblem } from "../../validation/dns-name";
import type { DnsAnswer, DnsLookup, RecordType } from "../types";
import type { MacroValues } from "./spf-macro";
import type { ClientIp } from "./spf-ip";
import { LOOKUP_LIMIT, VOID_LOOKUP_LIMIT } from "./spf-types";

/** A domain name DNS can carry, of more than one label (§4.3). */
export const isValidDomain = (name: string) => dnsNameProblem(name) === null && name.replace(/\.$/, "").includes(".");

// Not an Error: it carries a result through the recursion and is always caught here, so no stack trace is built.
export class Abort {
  constructor(
    readonly result: "temperror" | "permerror",
    readonly message: string,
  ) {}
}

export type Ctx = {
  ip: ClientIp;
  lookup: DnsLookup;
  state: { lookups: number; voids: number };
  macros: MacroValues;
  pCache: Promise<string> | undefined;
};

export function countLookup(ctx: Ctx, term: string) {
  ctx.state.lookups++;
  if (ctx.state.lookups > LOOKUP_LIMIT) throw new Abort("permerror", `more than ${LOOKUP_LIMIT} DNS lookups (at ${term})`);
}

/** One query on behalf of a term: an error aborts with temperror, an empty answer counts as void (§4.6.4). */
export async function query(ctx: Ctx, name: string, type: RecordType, { abortOnError = true } = {}): Promise<DnsAnswer | undefined> {
  if (!isValidDomain(name)) {
    countVoid(ctx, name);
    return undefined;
  }
  const answer = await ctx.lookup(name, type);
  if (answer.status === "error") {
    if (abortOnError) throw new Abort("temperror", `DNS error looking up ${type} ${name}: ${answer.error ?? "error"} (${answer.server})`);
    return undefined;
  }
  if (answer.status !== "ok" || answer.records.length === 0) countVoid(ctx, name);
  return answer;
}

export function countVoid(ctx: Ctx, name: string) {
  ctx.state.voids++;
  if (ctx.state.voids > VOID_LOOKUP_LIMIT) throw new Abort("permerror", `more than ${VOID_LOOKUP_LIMIT} void DNS lookups (at ${name})`);
}
