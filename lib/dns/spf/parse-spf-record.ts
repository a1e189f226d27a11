import { isIPv6 } from "node:net";
import { checkDomainSpec, tokenizeMacroString } from "./spf-macro";
import type { Mechanism, MechanismKind, Modifier, ParseResult, Qualifier, SpfRecord } from "./spf-types";

const MECHANISMS: MechanismKind[] = ["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"];
// pyspf's COMMON_MISTAKES, used for "did you mean" hints.
const MISTAKES: Record<string, string> = { prt: "ptr", ip: "ip4", ipv4: "ip4", ipv6: "ip6", "all.": "all" };
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/i;
const DEC_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IP4 = new RegExp(`^${DEC_OCTET}(?:\\.${DEC_OCTET}){3}$`);
// §4.6.1 ip4-cidr-length / ip6-cidr-length: no leading zeros.
const CIDR = "(0|[1-9]\\d{0,2})";

/** Whether a TXT string is an SPF record: "v=spf1" then a space or the end (§4.5), case-insensitively. */
export const isSpfRecord = (text: string) => /^v=spf1(?: |$)/i.test(text);

// Not an Error: thrown and caught inside this module only, where a stack trace would be wasted work.
class SyntaxProblem {
  constructor(
    readonly message: string,
    readonly term?: string,
  ) {}
}

const IP_NETWORK = new RegExp(`^:([^/]+)(?:/${CIDR})?$`);
const DUAL_CIDR = new RegExp(`^(?::(.*?))?(?:/${CIDR})?(?://${CIDR})?$`);
const parsed = new Map<string, ParseResult>();
const PARSE_CACHE_SIZE = 2000;

/** Parses a whole record per the RFC 7208 §12 ABNF; any error makes the record a permerror (§4.6). */
export function parseSpfRecord(text: string): ParseResult {
  // Records repeat across checks (every domain that includes the same provider): parse each text once.
  const hit = parsed.get(text);
  if (hit) return hit;
  let result: ParseResult;
  try {
    result = { ok: true, record: parse(text) };
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    result = { ok: false, error: e.message, term: e.term };
  }
  if (parsed.size >= PARSE_CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
  parsed.set(text, result);
  return result;
}

function parse(text: string): SpfRecord {
  // §3.1: SPF records are 7-bit ASCII; §4.6.1: terms are separated by spaces only.
  const bad = /[^\x20-\x7e]/.exec(text);
  if (bad) throw new SyntaxProblem(`character ${JSON.stringify(bad[0])} is not allowed in an SPF record (only printable ASCII and spaces)`);
  if (!isSpfRecord(text)) throw new SyntaxProblem('the record does not start with "v=spf1"');
  const record: SpfRecord = { mechanisms: [], unknownModifiers: [], afterAll: [] };
  let seenAll = false;
  for (const term of text.split(" ").slice(1).filter(Boolean)) {
    const modifier = MODIFIER.exec(term);
    if (modifier) {
      addModifier(record, { name: modifier[1]!.toLowerCase(), value: modifier[2]!, text: term });
      if (seenAll && modifier[1]!.toLowerCase() !== "exp") record.afterAll.push(term);
      continue;
    }
    const mechanism = parseMechanism(term);
    if (seenAll) record.afterAll.push(term);
    if (mechanism.kind === "all") seenAll = true;
    record.mechanisms.push(mechanism);
  }
  return record;
}

function addModifier(record: SpfRecord, m: Modifier) {
  if (m.name === "redirect" || m.name === "exp") {
    // §6: each at most once.
    if (record[m.name] !== undefined) throw new SyntaxProblem(`${m.name}= appears more than once`, m.text);
    const problem = checkDomainSpec(m.value);
    if (problem) throw new SyntaxProblem(`${m.name}=: ${problem}`, m.text);
    record[m.name] = m.value;
    return;
  }
  try {
    tokenizeMacroString(m.value);
  } catch (e) {
    throw new SyntaxProblem(`${m.text}: ${(e as Error).message}`, m.text);
  }
  record.unknownModifiers.push(m);
}

function parseMechanism(term: string): Mechanism {
  const q = term[0];
  const qualifier: Qualifier = q === "+" || q === "-" || q === "~" || q === "?" ? q : "+";
  const body = qualifier === q ? term.slice(1) : term;
  const name = /^[a-z0-9]*/i.exec(body)![0].toLowerCase();
  const rest = body.slice(name.length);
  const kind = MECHANISMS.find((k) => k === name);
  if (!kind) {
    const hint = MISTAKES[name] ?? MISTAKES[body.toLowerCase()];
    throw new SyntaxProblem(`unknown mechanism "${term}"${hint ? ` (did you mean ${hint}?)` : ""}`, term);
  }
  const m: Mechanism = { kind, qualifier, text: term };
  const fail = (why: string): never => {
    throw new SyntaxProblem(`${term}: ${why}`, term);
  };
  switch (kind) {
    case "all":
      if (rest) fail("all takes no argument");
      return m;
    case "ip4":
    case "ip6": {
      const match = IP_NETWORK.exec(rest);
      if (!match) fail(`expected ${kind}:<address>[/<prefix>]`);
      const [, network, prefix] = match!;
      if (kind === "ip4" && !IP4.test(network!))
        fail(`"${network}" is not an IPv4 address${network!.includes(":") ? " (looks like IPv6: use ip6:)" : ""}`);
      if (kind === "ip6" && !isIp6(network!)) fail(`"${network}" is not an IPv6 address`);
      const max = kind === "ip4" ? 32 : 128;
      const cidr = prefix === undefined ? max : Number(prefix);
      if (cidr > max) fail(`prefix /${cidr} is longer than ${max}`);
      return { ...m, network, [kind === "ip4" ? "cidr4" : "cidr6"]: cidr };
    }
    case "a":
    case "mx": {
      const match = DUAL_CIDR.exec(rest);
      if (!match) fail("expected [:<domain>][/<ip4-prefix>][//<ip6-prefix>]");
      const [, spec, c4, c6] = match!;
      if (c4 !== undefined && Number(c4) > 32) fail(`IPv4 prefix /${c4} is longer than 32`);
      if (c6 !== undefined && Number(c6) > 128) fail(`IPv6 prefix //${c6} is longer than 128`);
      if (spec !== undefined) checkSpec(spec, fail);
      return { ...m, domainSpec: spec, cidr4: c4 === undefined ? 32 : Number(c4), cidr6: c6 === undefined ? 128 : Number(c6) };
    }
    case "ptr":
      if (rest && !rest.startsWith(":")) fail("ptr takes only :<domain>");
      if (rest) checkSpec(rest.slice(1), fail);
      return { ...m, domainSpec: rest ? rest.slice(1) : undefined };
    case "include":
    case "exists":
      if (!rest.startsWith(":")) fail(`${kind} needs :<domain>`);
      checkSpec(rest.slice(1), fail);
      return { ...m, domainSpec: rest.slice(1) };
  }
}

function checkSpec(spec: string, fail: (why: string) => never) {
  const problem = checkDomainSpec(spec);
  if (problem) fail(problem);
}

// Node's check accepts the RFC 4291 text forms (with an embedded IPv4 tail); zone indexes are not addresses here.
const isIp6 = (s: string) => /^[0-9a-f:.]+$/i.test(s) && isIPv6(s);
