import type { ReputationPoint } from "./reputation-series";

export type CsvCell = string | number | boolean | Date | null | undefined;
export type CsvColumn<R> = { header: string; value: (row: R) => CsvCell };

/**
 * RFC 4180 text (CRLF lines, quoted when needed). Text cells that a spreadsheet would run as a formula
 * get a leading apostrophe (OWASP CSV injection advice); numbers are written as they are.
 */
export function renderCsv<R>(columns: readonly CsvColumn<R>[], rows: Iterable<R>): string {
  const lines = [columns.map((c) => quote(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  return quote(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The columns of a reputation chart download: time in UTC, rates as fractions, volumes as counts. */
export const REPUTATION_CSV_COLUMNS: readonly CsvColumn<ReputationPoint>[] = [
  { header: "time_utc", value: (p) => new Date(p.t) },
  { header: "bounce_rate", value: (p) => p.bounceRate },
  { header: "bounce_rate_max", value: (p) => p.bounceRateMax },
  { header: "complaint_rate", value: (p) => p.complaintRate },
  { header: "complaint_rate_max", value: (p) => p.complaintRateMax },
  { header: "send", value: (p) => p.send },
  { header: "delivery", value: (p) => p.delivery },
  { header: "bounce", value: (p) => p.bounce },
  { header: "complaint", value: (p) => p.complaint },
  { header: "reject", value: (p) => p.reject },
];

export const renderReputationCsv = (points: Iterable<ReputationPoint>): string => renderCsv(REPUTATION_CSV_COLUMNS, points);
