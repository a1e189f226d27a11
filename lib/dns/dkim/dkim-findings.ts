import { finding, unreachable, type Finding } from "../findings";
import type { SesIdentityState } from "../alignment/ses-state";
import type { DkimRecordState } from "./inspect-dkim-record";

export type DkimRecordRow = {
  name: string;
  relativeName: string;
  expected: string;
  found: string | null;
  status: "ok" | "pending" | "warning" | "error" | "unknown";
};

const nameHint = (r: DkimRecordState) =>
  `Name: ${r.name} (if your DNS host adds the zone itself, enter ${r.relativeName}, or the full name with a trailing dot)`;

/** What is wrong with one record, if anything. */
function recordFinding(r: DkimRecordState): Finding | null {
  const publish = `Publish CNAME ${r.name} → ${r.expected}. ${nameHint(r)}.`;
  switch (r.state) {
    case "ok":
      return null;
    case "unknown":
      return unreachable(r.failure!, `the DKIM record ${r.name}`);
    case "missing":
      return finding(
        "dkim.missing",
        "error",
        `No DKIM CNAME at ${r.name}: SES cannot verify the domain's DKIM and mail is not signed with it.`,
        publish,
      );
    case "wrong-target":
      return finding(
        "dkim.wrong-target",
        "error",
        r.found?.endsWith(`.${r.name.split("._domainkey.")[1]}`)
          ? `The CNAME at ${r.name} points to ${r.found}: the DNS host appended the zone to the value.`
          : `The CNAME at ${r.name} points to ${r.found}, not to SES's ${r.expected} (a record from another region or an older identity?).`,
        `Change the CNAME's value to ${r.expected} (end it with a dot if your DNS host appends the zone to values).`,
      );
    case "doubled-zone":
      return finding(
        "dkim.doubled-zone",
        "error",
        `The DKIM CNAME was found at ${r.found?.split(" ")[0]}: the DNS host appended the zone to a name that already held it, so nothing answers at ${r.name}.`,
        `Rename the record to ${r.relativeName} (the host adds the zone), or enter the full name with a trailing dot: ${r.name}.`,
      );
    case "not-cname":
      return finding(
        "dkim.not-cname",
        "error",
        `${r.name} answers with ${r.found?.slice(0, 60)} instead of a CNAME: the DNS host flattens or proxies it. Receivers may still find a key, but SES looks for the CNAME and will not verify DKIM.`,
        `Make the record a plain CNAME to ${r.expected} (on Cloudflare: "DNS only", not proxied, and no CNAME flattening for it).`,
      );
  }
}

const KEY_FIX: Record<string, string> = {
  "dkim.key-revoked": "SES revoked this key: publish the CNAMEs of the identity's current tokens.",
  "dkim.key-too-short": "Publish a key of at least 1024 bits, 2048 recommended (for Easy DKIM, switch SES to 2048-bit keys).",
  "dkim.key-1024":
    "Switch the identity to 2048-bit keys (SES: PutEmailIdentityDkimSigningAttributes with NextSigningKeyLength RSA_2048_BIT).",
  "dkim.key-syntax":
    "Publish the key record exactly as given (v=DKIM1; k=rsa; p=<base64 key>), in one TXT record split into 255-octet strings.",
  "dkim.key-type": "Use k=rsa or k=ed25519.",
};

function keyFindings(r: DkimRecordState): Finding[] {
  return (r.key?.problems ?? []).map((p) => finding(p.code, p.severity, `${r.name}: ${p.message}`, KEY_FIX[p.code] ?? ""));
}

function rowStatus(r: DkimRecordState, fs: Finding[], ses?: SesIdentityState): DkimRecordRow["status"] {
  if (r.state === "unknown") return "unknown";
  if (fs.some((f) => f.severity === "error")) return "error";
  if (r.state === "ok" && ses?.dkimStatus === "PENDING") return "pending";
  return fs.some((f) => f.severity === "warning") ? "warning" : "ok";
}

/** The DKIM rows and findings from the DNS view of each record. */
export function dkimRecordFindings(states: DkimRecordState[], ses?: SesIdentityState): { records: DkimRecordRow[]; findings: Finding[] } {
  const records: DkimRecordRow[] = [];
  const findings: Finding[] = [];
  for (const r of states) {
    const own = [recordFinding(r), ...keyFindings(r)].filter((f): f is Finding => f !== null);
    findings.push(...own);
    records.push({ name: r.name, relativeName: r.relativeName, expected: r.expected, found: r.found, status: rowStatus(r, own, ses) });
  }
  return { records, findings };
}
