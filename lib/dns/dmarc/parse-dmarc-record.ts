import type { DmarcMode, DmarcNote, DmarcParseResult, DmarcRecord, ReportUri } from "./dmarc-types";
import { parseChoice, parseFo, parsePolicy, parseReportUris, parseRf, parseUnsigned, trimWsp, type Parsed } from "./parse-dmarc-values";

export type ParseDmarcOptions = {
  mode?: DmarcMode;
  /** checkdmarc's parked-domain advice: everything should be reject. */
  parked?: boolean;
  /**
   * Read an invalid p or sp with a usable rua as p=none, as receivers do (RFC 7489 §6.6.3).
   * Always so in rfc7489 mode; off by default in rfc9989 mode, where checkdmarc calls the record invalid.
   */
  receiverView?: boolean;
};

const KNOWN: Record<DmarcMode, string[]> = {
  rfc7489: ["v", "p", "sp", "adkim", "aspf", "fo", "rf", "ri", "pct", "rua", "ruf"],
  rfc9989: ["v", "p", "sp", "np", "adkim", "aspf", "fo", "rf", "ri", "pct", "rua", "ruf", "psd", "t"],
};
const REMOVED_IN_9989 = ["pct", "rf", "ri"];
// RFC 7489 §6.6.3: these failures alone, with a usable rua, leave a p=none record.
const DOWNGRADABLE = new Set(["p", "sp"]);

type Tag = { name: string; value: string };

function fail(
  errorClass: Extract<DmarcParseResult, { ok: false }>["errorClass"],
  error: string,
  warnings: DmarcNote[] = [],
): DmarcParseResult {
  return { ok: false, errorClass, error, warnings };
}

/** Splits "v=DMARC1; p=none" into tags, or says where the grammar breaks. */
function splitTags(text: string, mode: DmarcMode): Tag[] | string {
  const parts = text.split(";");
  const tags: Tag[] = [];
  for (const [i, part] of parts.entries()) {
    const seg = trimWsp(part);
    if (seg === "") {
      // RFC 7489's grammar allows one trailing separator; RFC 9989 readers skip empty tags.
      if (mode === "rfc7489" && i !== parts.length - 1) return `Empty tag at position ${i + 1} (";;").`;
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9_]*)[ \t]*=[ \t]*([\s\S]*)$/.exec(seg);
    if (!m) return `"${seg}" is not a tag=value pair.`;
    tags.push({ name: m[1]!.toLowerCase(), value: m[2]! });
  }
  return tags;
}

/** Parses one DMARC TXT record (its strings already joined), validating every tag in the chosen mode. */
export function parseDmarcRecord(
  text: string,
  { mode = "rfc9989", parked = false, receiverView = mode === "rfc7489" }: ParseDmarcOptions = {},
): DmarcParseResult {
  const warnings: DmarcNote[] = [];
  const warn = (code: string, message: string) => warnings.push({ code, message });
  if (/^v=spf1(\s|$)/i.test(text))
    return fail("spf-record", "Found an SPF record where a DMARC record should be (a wildcard or a misplaced record).");
  if (/^\s/.test(text)) return fail("syntax", "The record starts with whitespace; it must start with v=DMARC1.");
  const version = /^v[ \t]*=[ \t]*([^;]*?)[ \t]*(;|$)/i.exec(text);
  if (!version) return fail("not-dmarc", "The record does not start with v=DMARC1.");
  if (version[1] !== "DMARC1") {
    return fail(
      "not-dmarc",
      version[1]!.toUpperCase() === "DMARC1"
        ? `The version must be written DMARC1 (upper case), not ${version[1]}.`
        : `The version "${version[1]}" is not DMARC1.`,
    );
  }
  if (mode === "rfc7489" && version[2] !== ";") return fail("syntax", "RFC 7489 requires a semicolon after v=DMARC1.");

  const split = splitTags(text, mode);
  if (typeof split === "string") return fail("syntax", split);
  const [, ...tags] = split;

  const seen = new Set<string>();
  const values = new Map<string, string>();
  for (const t of tags) {
    if (seen.has(t.name)) return fail("duplicate-tag", `The ${t.name} tag appears more than once.`);
    seen.add(t.name);
    if (!KNOWN[mode].includes(t.name)) {
      if (mode === "rfc9989") warn("dmarc.unknown-tag", `Unknown DMARC tag '${t.name}' (ignored by receivers).`);
      continue;
    }
    values.set(t.name, t.value);
  }
  const pIndex = tags.findIndex((t) => t.name === "p");
  if (pIndex > 0) {
    if (mode === "rfc7489") return fail("syntax", "RFC 7489 requires the p tag directly after v=DMARC1.");
    warn(
      "dmarc.p-position",
      "The p tag does not immediately follow the v tag: RFC 9989 allows it, but older RFC 7489 receivers reject the record.",
    );
  }

  const errors = new Map<string, string>();
  const take = <T>(name: string, parse: (raw: string) => Parsed<T>, fallback: T): T => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const r = parse(raw);
    if (r.ok) return r.value;
    errors.set(name, r.error);
    return fallback;
  };
  const removed = (name: string) => mode === "rfc9989" && values.has(name);
  for (const name of REMOVED_IN_9989) {
    if (removed(name)) warn("dmarc.removed-tag", `The ${name} tag was removed in RFC 9989; receivers following it ignore the tag.`);
  }

  const rua = take<ReportUri[]>("rua", (r) => parseReportUris("rua", r, mode), []);
  const ruf = take<ReportUri[]>("ruf", (r) => parseReportUris("ruf", r, mode), []);
  const p = take("p", (r) => parsePolicy("p", r), "none" as const);
  const sp = take("sp", (r) => parsePolicy("sp", r), p);
  const np = mode === "rfc9989" ? take("np", (r) => parsePolicy("np", r), sp) : sp;
  const record: DmarcRecord = {
    p,
    sp,
    np,
    adkim: take("adkim", (r) => parseChoice("adkim", r, ["r", "s"] as const), "r"),
    aspf: take("aspf", (r) => parseChoice("aspf", r, ["r", "s"] as const), "r"),
    fo: take("fo", parseFo, ["0"]),
    rf: removed("rf") ? [values.get("rf")!] : take("rf", parseRf, ["afrf"]),
    ri: removed("ri") ? Number.parseInt(values.get("ri")!, 10) || 86400 : take("ri", (r) => parseUnsigned("ri", r, 2n ** 32n - 1n), 86400),
    pct: removed("pct")
      ? /^\d+$/.test(values.get("pct")!)
        ? Number(values.get("pct"))
        : null
      : take("pct", (r) => parseUnsigned("pct", r, 100n), null),
    rua,
    ruf,
    psd: mode === "rfc9989" ? take("psd", (r) => parseChoice("psd", r, ["y", "n", "u"] as const), "u") : "u",
    t: mode === "rfc9989" ? take("t", (r) => parseChoice("t", r, ["y", "n"] as const), "n") : "n",
    explicit: [...values.keys()],
    downgradedToNone: false,
  };

  const hasRua = values.has("rua") && !errors.has("rua") && rua.length > 0;
  if (errors.size > 0) {
    const onlyPolicy = [...errors.keys()].every((k) => DOWNGRADABLE.has(k));
    if (!(receiverView && onlyPolicy && hasRua)) {
      const [name, message] = [...errors.entries()][0]!;
      return fail(name === "rua" || name === "ruf" ? "report-uri" : "tag-value", message, warnings);
    }
    Object.assign(record, { p: "none", sp: "none", np: "none", downgradedToNone: true });
    warn("dmarc.syntax", `${[...errors.values()].join(" ")} With a valid rua, receivers read the record as p=none (RFC 7489 §6.6.3).`);
  }
  if (!values.has("p")) {
    if (!hasRua) return fail("no-policy", "The record has no p tag and no rua tag, so receivers apply no DMARC processing.", warnings);
    record.downgradedToNone = true;
    warn("dmarc.no-policy-tag", "The record has no p tag: receivers read it as p=none.");
  }

  if (record.fo.includes("0") && record.fo.includes("1"))
    warn("dmarc.fo-redundant", "fo=0:1 is redundant: 1 already asks for a report on any failure.");
  if (values.has("sp") && record.sp === "none" && !record.downgradedToNone)
    warn("dmarc.sp-none", "An explicit sp tag value of none leaves subdomains unprotected.");
  if (!hasRua)
    warn("dmarc.no-rua", "No rua tag: no aggregate reports will arrive, so you cannot see who sends as this domain before enforcing.");
  if (mode === "rfc9989") {
    for (const u of [...rua, ...ruf]) {
      if (u.sizeText !== null)
        warn("dmarc.report-size-obsolete", `The size limit in ${u.uri}!${u.sizeText} is obsolete in RFC 9989 and ignored.`);
      if (u.address === null) warn("dmarc.report-uri-scheme", `${u.uri}: RFC 9989 reports go to mailto: URIs only.`);
    }
  }
  if (parked) {
    if (record.p !== "reject") warn("dmarc.parked-policy", "A parked domain (one that sends no mail) should publish p=reject.");
    if (record.sp !== "reject") warn("dmarc.parked-policy", "The subdomain policy (sp) of a parked domain should be reject.");
  }
  return { ok: true, record, warnings };
}
