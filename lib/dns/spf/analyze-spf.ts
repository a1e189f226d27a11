import { finding, unreachable, type Finding } from "../findings";
import type { DnsAnswer, DnsLookup, MxRecord } from "../types";
import { parseSpfRecord } from "./parse-spf-record";
import { selectSpfRecord } from "./select-spf-record";
import { isValidDomain } from "./check-host-context";
import type { Mechanism, SpfRecord } from "./spf-types";

export type SpfTermNode = {
  text: string;
  /** DNS-querying terms count 1 (RFC 7208 §4.6.4); include/redirect add their subtree. */
  lookups: number;
  voidLookups: number;
  note?: string;
  child?: SpfTreeNode;
};

export type SpfTreeNode = {
  domain: string;
  record: string | null;
  status: "ok" | "none" | "multiple" | "syntax" | "error" | "loop" | "not-expanded";
  terms: SpfTermNode[];
  /** Worst case for this subtree: every term evaluated. */
  lookups: number;
  voidLookups: number;
};

export type SpfAnalysis = { tree: SpfTreeNode; lookups: number; voidLookups: number; findings: Finding[] };

const MAX_DEPTH = 10;

type Pending = { node: SpfTreeNode; record: SpfRecord; chain: string[] };

/**
 * The static worst-case walk of the include/redirect tree: every DNS-querying term
 * is counted as if evaluated (a record over 10 fails for some senders, even if not for
 * all). Level by level: all the queries of one level go out together, so the wall
 * time is the tree's depth in round trips, not its size.
 */
export async function analyzeSpf(domain: string, lookup: DnsLookup): Promise<SpfAnalysis> {
  const findings: Finding[] = [];
  const root = await fetchNode(domain, lookup, findings, true);
  let level: Pending[] = root.pending ? [{ ...root.pending, chain: [domain.toLowerCase()] }] : [];
  const seenIncludes = new Map<string, number>();
  for (let depth = 0; level.length > 0; depth++) {
    const next: Pending[] = [];
    await Promise.all(level.map((p) => expandNode(p, lookup, findings, seenIncludes, depth, next)));
    level = next;
  }
  total(root.node);
  return { tree: root.node, lookups: root.node.lookups, voidLookups: root.node.voidLookups, findings };
}

async function fetchNode(
  domain: string,
  lookup: DnsLookup,
  findings: Finding[],
  isRoot: boolean,
): Promise<{ node: SpfTreeNode; pending?: Omit<Pending, "chain"> }> {
  const node: SpfTreeNode = { domain, record: null, status: "none", terms: [], lookups: 0, voidLookups: 0 };
  if (!isValidDomain(domain)) return { node };
  const [txt, type99] = await Promise.all([lookup(domain, "TXT"), isRoot ? lookup(domain, "SPF") : Promise.resolve(undefined)]);
  if (txt.status === "error") {
    findings.push(unreachable(txt, `the SPF record of ${domain}`));
    node.status = "error";
    return { node };
  }
  const selection = selectSpfRecord(txt, type99);
  findings.push(...selection.findings);
  if (selection.status !== "found") {
    node.status = selection.status === "multiple" ? "multiple" : "none";
    return { node };
  }
  node.record = selection.record;
  const parsed = parseSpfRecord(selection.record!);
  if (!parsed.ok) {
    node.status = "syntax";
    findings.push(
      finding(
        "spf.syntax",
        "error",
        `The SPF record at ${domain} has a syntax error: ${parsed.error}. Receivers treat the whole record as a permanent error.`,
        parsed.term ? `Correct or remove "${parsed.term}".` : "Correct the record.",
      ),
    );
    return { node };
  }
  node.status = "ok";
  return { node, pending: { node, record: parsed.record } };
}

async function expandNode(p: Pending, lookup: DnsLookup, findings: Finding[], seen: Map<string, number>, depth: number, next: Pending[]) {
  const { node, record } = p;
  warnTerms(node.domain, record, findings, depth === 0);
  const redirectApplies = record.redirect !== undefined && !record.mechanisms.some((m) => m.kind === "all");
  if (record.redirect !== undefined && !redirectApplies) {
    findings.push(
      finding(
        "spf.redirect-ignored",
        "warning",
        `redirect=${record.redirect} in the record of ${node.domain} is never used: the record has an "all" term (RFC 7208 §6.1).`,
        "Remove either the redirect= or the all term.",
      ),
    );
  }
  const terms: Array<{ text: string; kind: string; spec?: string; m?: Mechanism }> = [
    ...record.mechanisms.map((m) => ({ text: m.text, kind: m.kind, spec: m.domainSpec, m })),
    ...(redirectApplies ? [{ text: `redirect=${record.redirect}`, kind: "redirect", spec: record.redirect }] : []),
  ];
  node.terms = await Promise.all(
    terms.map(async (t): Promise<SpfTermNode> => {
      if (!["include", "redirect", "a", "mx", "ptr", "exists"].includes(t.kind)) return { text: t.text, lookups: 0, voidLookups: 0 };
      const target = (t.spec ?? node.domain).replace(/\.$/, "").toLowerCase();
      if (target.includes("%")) return { text: t.text, lookups: 1, voidLookups: 0, note: "contains macros: counted once, not expanded" };
      if (t.kind === "ptr") return { text: t.text, lookups: 1, voidLookups: 0 };
      if (t.kind === "include" || t.kind === "redirect") return followChild(t.text, target, p, lookup, findings, seen, depth, next);
      const voids = await countVoids(t.kind, target, lookup, findings);
      return {
        text: t.text,
        lookups: 1,
        voidLookups: voids,
        note: voids > 0 ? `${target}: no ${t.kind === "mx" ? "MX or MX address" : "address"} records` : undefined,
      };
    }),
  );
}

async function followChild(
  text: string,
  target: string,
  p: Pending,
  lookup: DnsLookup,
  findings: Finding[],
  seen: Map<string, number>,
  depth: number,
  next: Pending[],
): Promise<SpfTermNode> {
  if (p.chain.includes(target)) {
    findings.push(
      finding(
        "spf.include-loop",
        "error",
        `${text} in the record of ${p.node.domain} loops back: ${[...p.chain, target].join(" → ")}. Receivers give a permanent error.`,
        `Remove ${text}.`,
      ),
    );
    return {
      text,
      lookups: 1,
      voidLookups: 0,
      child: { domain: target, record: null, status: "loop", terms: [], lookups: 0, voidLookups: 0 },
    };
  }
  seen.set(target, (seen.get(target) ?? 0) + 1);
  if (seen.get(target) === 2)
    findings.push(
      finding(
        "spf.duplicate-include",
        "warning",
        `${target} is included more than once in the SPF tree of the domain; every copy costs DNS lookups.`,
        `Keep one include:${target}.`,
      ),
    );
  if (depth + 1 >= MAX_DEPTH) return { text, lookups: 1, voidLookups: 0, note: "not followed: tree too deep" };
  const { node, pending } = await fetchNode(target, lookup, findings, false);
  if (node.status === "none") {
    findings.push(
      finding(
        "spf.include-missing",
        "error",
        `${text} in the record of ${p.node.domain} points at ${target}, which has no SPF record: receivers give a permanent error (RFC 7208 §5.2, §6.1).`,
        `Remove ${text}, or correct the domain name.`,
      ),
    );
  }
  if (pending) next.push({ ...pending, chain: [...p.chain, target] });
  return { text, lookups: 1, voidLookups: node.status === "none" ? 1 : 0, child: node };
}

/** a: both address types (an IPv4-only host is not void for IPv6 clients); mx: the MX set, then each host. */
async function countVoids(kind: string, target: string, lookup: DnsLookup, findings: Finding[]): Promise<number> {
  const empty = (a: DnsAnswer) => a.status === "nxdomain" || a.status === "nodata" || (a.status === "ok" && a.records.length === 0);
  const addresses = async (name: string) => {
    const both = await Promise.all([lookup(name, "A"), lookup(name, "AAAA")]);
    for (const a of both) if (a.status === "error") findings.push(unreachable(a, `addresses of ${name}`));
    return both.every(empty) ? 1 : 0;
  };
  if (kind === "a") return addresses(target);
  if (kind === "exists") {
    const a = await lookup(target, "A");
    if (a.status === "error") findings.push(unreachable(a, `exists:${target}`));
    return empty(a) ? 1 : 0;
  }
  const mx = await lookup(target, "MX");
  if (mx.status === "error") {
    findings.push(unreachable(mx, `MX of ${target}`));
    return 0;
  }
  if (empty(mx)) return 1;
  const hosts = (mx.records as MxRecord[]).map((r) => r.exchange).filter(Boolean);
  if (hosts.length > 10)
    findings.push(
      finding(
        "spf.too-many-mx",
        "error",
        `mx:${target} has ${hosts.length} MX records; more than 10 is a permanent error (RFC 7208 §4.6.4).`,
        "Use ip4:/ip6: ranges for the mail servers instead of mx.",
      ),
    );
  // MX host lookups are not among the 10 (§4.6.4), but an empty one is void.
  const perHost = await Promise.all(hosts.slice(0, 10).map(addresses));
  return perHost.reduce<number>((a, b) => a + b, 0);
}

function warnTerms(domain: string, record: SpfRecord, findings: Finding[], isRoot: boolean) {
  for (const m of record.mechanisms) {
    if (m.kind === "ptr")
      findings.push(
        finding(
          "spf.ptr",
          "warning",
          `${m.text} in the record of ${domain}: the ptr mechanism is slow and unreliable, and RFC 7208 §5.5 says not to use it.`,
          `Replace ${m.text} with ip4:/ip6: ranges or a: names of the sending hosts.`,
        ),
      );
    if (m.kind === "all" && isRoot && m.qualifier === "+")
      findings.push(
        finding(
          "spf.permissive-all",
          "error",
          `The record of ${domain} ends with "${m.text}": it authorizes every server on the internet to send as ${domain}.`,
          `Replace "${m.text}" with "~all" (or "-all" once every sender is listed).`,
        ),
      );
    if (m.kind === "all" && isRoot && m.qualifier === "?")
      findings.push(
        finding(
          "spf.permissive-all",
          "warning",
          `The record of ${domain} ends with "${m.text}" (neutral): unlisted servers are neither authorized nor rejected, so SPF protects nothing.`,
          `Replace "${m.text}" with "~all" (or "-all" once every sender is listed).`,
        ),
      );
  }
  if (record.afterAll.length > 0)
    findings.push(
      finding(
        "spf.after-all",
        "warning",
        `Terms after "all" in the record of ${domain} are never evaluated: ${record.afterAll.join(" ")}.`,
        "Move them before the all term, or remove them.",
      ),
    );
}

function total(node: SpfTreeNode): void {
  for (const t of node.terms) {
    if (t.child) {
      total(t.child);
      t.lookups = 1 + t.child.lookups;
      t.voidLookups += t.child.voidLookups;
    }
  }
  node.lookups = node.terms.reduce((n, t) => n + t.lookups, 0);
  node.voidLookups = node.terms.reduce((n, t) => n + t.voidLookups, 0);
}
