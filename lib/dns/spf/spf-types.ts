/** RFC 7208 §2.6 results. */
export type SpfResult = "pass" | "fail" | "softfail" | "neutral" | "none" | "temperror" | "permerror";

export type Qualifier = "+" | "-" | "~" | "?";
export type MechanismKind = "all" | "include" | "a" | "mx" | "ptr" | "ip4" | "ip6" | "exists";

export type Mechanism = {
  kind: MechanismKind;
  qualifier: Qualifier;
  /** The term as written, for messages and the analyzer's tree. */
  text: string;
  /** include, a, mx, ptr, exists: the unexpanded domain-spec (a, mx, ptr default to <domain>). */
  domainSpec?: string;
  /** ip4, ip6: the network address. */
  network?: string;
  /** ip4, a, mx: prefix for IPv4 clients; ip6, a, mx: prefix for IPv6 clients. */
  cidr4?: number;
  cidr6?: number;
};

export type Modifier = { name: string; value: string; text: string };

export type SpfRecord = {
  mechanisms: Mechanism[];
  redirect?: string;
  exp?: string;
  /** Unknown modifiers, ignored by evaluation (RFC 7208 §6). */
  unknownModifiers: Modifier[];
  /** Terms after an `all`: never reached (RFC 7208 §5.1), worth a warning. */
  afterAll: string[];
};

export type ParseResult = { ok: true; record: SpfRecord } | { ok: false; error: string; term?: string };

export const QUALIFIER_RESULT: Record<Qualifier, SpfResult> = { "+": "pass", "-": "fail", "~": "softfail", "?": "neutral" };

/** Mechanisms and modifiers that query DNS: RFC 7208 §4.6.4 allows 10 of them per check_host(). */
export const LOOKUP_LIMIT = 10;
export const VOID_LOOKUP_LIMIT = 2;
/** §4.6.4: MX names per `mx`, and PTR names looked at per `ptr`/%{p}. */
export const MX_LIMIT = 10;
export const PTR_LIMIT = 10;
