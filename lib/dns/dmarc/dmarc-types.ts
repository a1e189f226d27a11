/**
 * RFC 7489 (strict, as mox reads it) or RFC 9989 (DMARCbis: pct, rf and ri
 * removed; np, psd and t added; unknown tags ignored with a warning).
 */
export type DmarcMode = "rfc7489" | "rfc9989";

export type DmarcPolicy = "none" | "quarantine" | "reject";

/** Whose record applies: the domain's own, a parent's, or a public suffix operator's (RFC 9091 PSD DMARC). */
export type DmarcSource = "domain" | "parent" | "psd";

/** How a public suffix operator's record is labelled wherever it is shown. */
export const PSD_LABEL = "policy published by the public suffix operator (RFC 9091)";
export type AlignmentMode = "r" | "s";

export type ReportUri = {
  uri: string;
  /** The mailbox of a mailto: URI, percent-decoded; null for other schemes. */
  address: string | null;
  /** The "!size" limit in bytes (RFC 7489 §6.4), null when absent. */
  maxBytes: number | null;
  /** The limit as written, lower-cased, e.g. "10m". */
  sizeText: string | null;
};

export type DmarcRecord = {
  p: DmarcPolicy;
  sp: DmarcPolicy;
  np: DmarcPolicy;
  adkim: AlignmentMode;
  aspf: AlignmentMode;
  fo: string[];
  rf: string[];
  ri: number;
  pct: number | null;
  rua: ReportUri[];
  ruf: ReportUri[];
  psd: "y" | "n" | "u";
  t: "y" | "n";
  /** Which tags the record set itself (lower-case names), so defaults can be told from choices. */
  explicit: string[];
  /** RFC 7489 §6.6.3: a missing or invalid p (or invalid sp) with a usable rua is read as p=none. */
  downgradedToNone: boolean;
};

/** A parser remark with a stable code, turned into findings by the checker. */
export type DmarcNote = { code: string; message: string };

export type DmarcErrorClass = "not-dmarc" | "syntax" | "duplicate-tag" | "tag-value" | "report-uri" | "no-policy" | "spf-record";

export type DmarcParseResult =
  | { ok: true; record: DmarcRecord; warnings: DmarcNote[] }
  | { ok: false; errorClass: DmarcErrorClass; error: string; warnings: DmarcNote[] };
