export type SuppressionCsvRow = {
  address: string;
  reason: string;
  detail: string | null;
  createdAt: Date;
  investigateBy: Date | null;
  pushedToSesAt: Date | null;
};

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const SUPPRESSION_CSV_HEADER = "address,reason,detail,suppressed_at,investigate_by,pushed_to_ses_at\r\n";

/** Rows as CSV lines, each ending in CRLF: a page of an export streamed in parts, or all of it. */
export function suppressionCsvLines(rows: readonly SuppressionCsvRow[]): string {
  return rows
    .map(
      (r) =>
        `${[r.address, r.reason, r.detail ?? "", r.createdAt.toISOString(), r.investigateBy?.toISOString() ?? "", r.pushedToSesAt?.toISOString() ?? ""].map(cell).join(",")}\r\n`,
    )
    .join("");
}

export const suppressionsCsv = (rows: readonly SuppressionCsvRow[]): string => SUPPRESSION_CSV_HEADER + suppressionCsvLines(rows);
