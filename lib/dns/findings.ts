import type { DnsAnswer } from "./types";

/** One observation about a domain's records: what is wrong, why it matters, and the exact change that fixes it. */
export type Severity = "error" | "warning" | "info";
export type Finding = { code: string; severity: Severity; message: string; fix: string };

/** A section's status: "unknown" when the DNS could not be asked, never a guess. */
export type SectionStatus = "ok" | "warning" | "error" | "unknown";

export const UNREACHABLE = "dns.unreachable";

export function finding(code: string, severity: Severity, message: string, fix = ""): Finding {
  return { code, severity, message, fix };
}

export function sectionStatus(findings: Finding[]): SectionStatus {
  if (findings.some((f) => f.code === UNREACHABLE)) return "unknown";
  if (findings.some((f) => f.severity === "error")) return "error";
  if (findings.some((f) => f.severity === "warning")) return "warning";
  return "ok";
}

/** A timeout or SERVFAIL is "could not check", with the server and the error, never "missing". */
export function unreachable(answer: DnsAnswer, what: string): Finding {
  return finding(
    UNREACHABLE,
    "error",
    `Could not check ${what}: the query for ${answer.type} ${answer.name} to ${answer.server} failed (${answer.error ?? "no usable answer"}).`,
    "Retry the check; if it keeps failing, check that the DNS server is reachable and that the zone's name servers answer.",
  );
}

/** The strings of one TXT record, joined without spaces (RFC 7208 §3.3, RFC 6376 §3.6.2.2, RFC 7489 §6.6.3). */
export function txtStrings(answer: DnsAnswer): string[] {
  if (answer.status !== "ok") return [];
  return answer.records.map((r) => (Array.isArray(r) ? r.join("") : typeof r === "string" ? r : "")).filter((s) => s !== "");
}

/** Names compared as DNS does: case-insensitive, trailing dot ignored. */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}
