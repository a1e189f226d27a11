const octets = (s: string) => new TextEncoder().encode(s).length;

/**
 * Why a name cannot exist in the DNS, or null when it can: RFC 1035 §2.3.4 allows
 * labels of 1 to 63 octets and 253 octets in all (written without the final dot).
 * Dependency-free, so the web form, the CLI and the SPF evaluator share one rule.
 */
export function dnsNameProblem(name: string): string | null {
  const n = name.endsWith(".") ? name.slice(0, -1) : name;
  if (n === "") return "The name is empty.";
  const labels = n.split(".");
  if (labels.includes("")) return `"${name}" has an empty label (a leading dot or two dots in a row); no DNS name can.`;
  const long = labels.find((l) => octets(l) > 63);
  if (long)
    return `The label "${long.slice(0, 16)}…" is ${octets(long)} octets; a DNS label holds at most 63 characters (RFC 1035 §2.3.4).`;
  if (octets(n) > 253) return `The name is ${octets(n)} octets; a DNS name holds at most 253 characters (RFC 1035 §2.3.4).`;
  return null;
}
