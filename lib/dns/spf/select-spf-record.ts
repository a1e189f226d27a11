import { finding, type Finding } from "../findings";
import type { DnsAnswer } from "../types";
import { isSpfRecord } from "./parse-spf-record";

export type SpfSelection = {
  status: "found" | "none" | "multiple" | "error";
  /** The selected record, its strings joined without spaces (§3.3). */
  record: string | null;
  /** The record's character-strings as published. */
  strings: string[];
  /** Every v=spf1 record found (more than one is a permerror, §4.5). */
  candidates: string[];
  findings: Finding[];
};

const MAX_STRING = 255;
// §3.4: keep the record small enough for a UDP answer; 450 octets leaves room for the rest of the reply.
const RECOMMENDED_LENGTH = 450;
const UDP_LENGTH = 512;

/**
 * RFC 7208 §4.5 record selection from a TXT answer, with the diagnostics a checker
 * adds: near misses (`v=spf10`), type-99 records (ignored since RFC 7208 §3.1), Sender ID
 * records, string and record length. A DNS error is not a verdict: status "error".
 */
export function selectSpfRecord(txt: DnsAnswer, type99?: DnsAnswer): SpfSelection {
  const findings: Finding[] = [];
  if (txt.status === "error") return { status: "error", record: null, strings: [], candidates: [], findings };
  const rrs = txt.records.filter((r): r is string[] => Array.isArray(r));
  const joined = rrs.map((strings) => ({ strings, text: strings.join("") }));
  const spf = joined.filter((r) => isSpfRecord(r.text));

  for (const r of joined) {
    if (!isSpfRecord(r.text) && /^\s*v=spf1/i.test(r.text)) {
      findings.push(
        finding(
          "spf.near-miss",
          "error",
          `The TXT record "${r.text}" at ${txt.name} looks like SPF but is not one: "v=spf1" must be followed by a space or end the record (RFC 7208 §4.5), so receivers ignore it.`,
          `Write it as "v=spf1 ${r.text.replace(/^\s*v=spf1\S*\s*/i, "")}".`,
        ),
      );
    }
    if (/^spf2\.0\//i.test(r.text)) {
      findings.push(
        finding(
          "spf.sender-id",
          "info",
          `A Sender ID record "${r.text}" is published at ${txt.name}; Sender ID is obsolete and no receiver uses it.`,
          "Delete the spf2.0 record.",
        ),
      );
    }
  }
  if (type99?.status === "ok" && type99.records.length > 0) {
    findings.push(
      finding(
        "spf.type99",
        "warning",
        `${txt.name} publishes a DNS record of type SPF (99). RFC 7208 §3.1 removed that type: receivers only read TXT.`,
        "Delete the type-SPF record and keep the policy in one TXT record.",
      ),
    );
  }
  if (spf.length === 0) return { status: "none", record: null, strings: [], candidates: [], findings };
  if (spf.length > 1) {
    findings.push(
      finding(
        "spf.multiple-records",
        "error",
        `${txt.name} publishes ${spf.length} SPF records; receivers treat that as a permanent error (RFC 7208 §4.5), so SPF fails for all mail.`,
        `Merge them into one TXT record: ${mergeHint(spf.map((r) => r.text))}`,
      ),
    );
    return { status: "multiple", record: null, strings: [], candidates: spf.map((r) => r.text), findings };
  }
  const chosen = spf[0]!;
  const octets = Buffer.byteLength(chosen.text, "utf8");
  for (const s of chosen.strings) {
    if (Buffer.byteLength(s, "utf8") > MAX_STRING) {
      findings.push(
        finding(
          "spf.string-too-long",
          "error",
          `One string of the SPF record at ${txt.name} is ${Buffer.byteLength(s, "utf8")} octets; a DNS character-string holds at most 255 (RFC 7208 §3.3).`,
          "Split the value into several quoted strings of at most 255 characters in the same TXT record.",
        ),
      );
    }
  }
  if (octets > UDP_LENGTH) {
    findings.push(
      finding(
        "spf.record-length",
        "warning",
        `The SPF record at ${txt.name} is ${octets} octets; answers over 512 octets may need TCP and some receivers fail on them (RFC 7208 §3.4).`,
        "Shorten the record: drop unused mechanisms or move ranges into an include.",
      ),
    );
  } else if (octets > RECOMMENDED_LENGTH) {
    findings.push(
      finding(
        "spf.record-length",
        "info",
        `The SPF record at ${txt.name} is ${octets} octets, above the 450 RFC 7208 §3.4 recommends.`,
        "Keep the record short, for example by moving ranges into an include.",
      ),
    );
  }
  findings.push(...splitInsideToken(txt.name, chosen.strings));
  return { status: "found", record: chosen.text, strings: chosen.strings, candidates: [chosen.text], findings };
}

const TERM_START = /^[+\-~?]?(?:all$|include:|a$|a[:/]|mx$|mx[:/]|ptr$|ptr:|ip4:|ip6:|exists:|redirect=|exp=)/i;

/** Strings are joined without spaces (§3.3): a split with no space at the boundary glues two terms together. */
function splitInsideToken(name: string, strings: string[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < strings.length; i++) {
    const before = strings[i]!;
    const after = strings[i + 1]!;
    if (!before || !after || before.endsWith(" ") || after.startsWith(" ")) continue;
    const head = after.split(" ")[0]!;
    if (!TERM_START.test(head)) continue;
    const glued = `${before.split(" ").pop()}${head}`;
    out.push(
      finding(
        "spf.split-token",
        "error",
        `The SPF record at ${name} is split into strings with no space between "${before.split(" ").pop()}" and "${head}": receivers join the strings as they are and read "${glued}".`,
        `End string ${i + 1} with a space, or start string ${i + 2} with one.`,
      ),
    );
  }
  return out;
}

function mergeHint(records: string[]): string {
  const terms = records.flatMap((r) => r.split(" ").slice(1).filter(Boolean));
  const alls = terms.filter((t) => /^[+\-~?]?all$/i.test(t));
  const rest = [...new Set(terms.filter((t) => !/^[+\-~?]?all$/i.test(t)))];
  return `"v=spf1 ${[...rest, alls[0] ?? "~all"].join(" ")}"`;
}
