export type SuppressionCsvRow = { address: string; reason: string; detail: string | null; createdAt: Date; investigateBy: Date | null; pushedToSesAt: Date | null };

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function suppressionsCsv(rows: readonly SuppressionCsvRow[]): string {
  const head = ["address", "reason", "detail", "suppressed_at", "investigate_by", "pushed_to_ses_at"];
  const lines = rows.map((r) => [r.address, r.reason, r.detail ?? "", r.createdAt.toISOString(), r.investigateBy?.toISOString() ?? "", r.pushedToSesAt?.toISOString() ?? ""].map(cell).join(","));
  return `${[head.join(","), ...lines].join("\r\n")}\r\n`;
}
