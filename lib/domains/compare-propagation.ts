import type { DnsAnswer, RecordData } from "../dns/types";

export type PropagationVerdict =
  /** Every authoritative server and the resolver give the same answer. */
  | "visible"
  /** The authoritative servers have it; the resolver still answers from its cache. */
  | "published-not-visible"
  /** The authoritative servers disagree among themselves (a secondary not yet updated). */
  | "servers-disagree"
  /** Nobody has it. */
  | "missing"
  | "unknown";

export type PropagationRow = {
  name: string;
  type: string;
  resolver: { server: string; status: DnsAnswer["status"]; values: string[]; ttl: number; error?: string };
  authoritative: { server: string; status: DnsAnswer["status"]; values: string[]; error?: string }[];
  verdict: PropagationVerdict;
  /** Seconds the resolver may keep answering "no such record" (RFC 2308 negative TTL, as it counts down). */
  negativeCacheLeft?: number;
  explanation: string;
};

export function formatRecord(r: RecordData): string {
  if (Array.isArray(r)) return r.join("");
  if (typeof r === "string") return r;
  if ("exchange" in r) return `${r.preference} ${r.exchange}`;
  return `${r.mname} ${r.rname} ${r.serial}`;
}

const valuesOf = (a: DnsAnswer) =>
  a.status === "ok" ? [...(a.cnames.length ? [`CNAME ${a.cnames[0]!.target}`] : []), ...a.records.map(formatRecord)] : [];
const key = (a: DnsAnswer) =>
  a.status === "ok"
    ? valuesOf(a)
        .map((v) => v.toLowerCase().replace(/\.$/, ""))
        .sort()
        .join("|")
    : a.status === "error"
      ? "error"
      : "none";

/** Compares the configured resolver's answer with each authoritative server's, for one name and type. */
export function comparePropagation(
  name: string,
  type: string,
  resolver: DnsAnswer,
  authoritative: { server: string; answer: DnsAnswer }[],
): PropagationRow {
  const row: Omit<PropagationRow, "verdict" | "explanation"> = {
    name,
    type,
    resolver: { server: resolver.server, status: resolver.status, values: valuesOf(resolver), ttl: resolver.ttl, error: resolver.error },
    authoritative: authoritative.map(({ server, answer }) => ({
      server,
      status: answer.status,
      values: valuesOf(answer),
      error: answer.error,
    })),
  };
  const answered = authoritative.filter((a) => a.answer.status !== "error");
  if (resolver.status === "error")
    return { ...row, verdict: "unknown", explanation: `The resolver could not be asked (${resolver.error ?? "error"}).` };
  if (answered.length === 0) {
    const why = authoritative.length > 0 ? "No authoritative server answered" : "The zone's name servers are not known";
    return resolver.status === "ok"
      ? { ...row, verdict: "visible", explanation: `Visible to your resolver. ${why}, so they were not compared.` }
      : {
          ...row,
          verdict: "unknown",
          explanation: `Your resolver has no such record (${resolver.status}, kept for ${resolver.ttl} s). ${why}, so "not published" cannot be told from "not yet visible".`,
        };
  }
  const authKeys = new Set(answered.map((a) => key(a.answer)));
  if (authKeys.size > 1) {
    return {
      ...row,
      verdict: "servers-disagree",
      explanation: "The zone's name servers give different answers: a secondary has not loaded the new zone yet (compare the SOA serials).",
    };
  }
  const [authKey] = [...authKeys];
  if (authKey === key(resolver)) {
    return authKey === "none"
      ? { ...row, verdict: "missing", explanation: "Not published: neither the name servers nor the resolver have it." }
      : { ...row, verdict: "visible", explanation: "Published and visible to your resolver." };
  }
  if (authKey === "none") {
    return {
      ...row,
      verdict: "published-not-visible",
      explanation: `Removed or changed at the name servers, but your resolver still holds the old answer for up to ${resolver.ttl} s.`,
    };
  }
  const negative = resolver.status === "nxdomain" || resolver.status === "nodata";
  return {
    ...row,
    verdict: "published-not-visible",
    negativeCacheLeft: negative ? resolver.ttl : undefined,
    explanation: negative
      ? `Published, not yet visible to your resolver: it cached "no such record" before you published and keeps it for up to ${resolver.ttl} s more (the SOA's negative TTL, RFC 2308).`
      : `Published, not yet visible to your resolver: it holds the previous value for up to ${resolver.ttl} s more.`,
  };
}
