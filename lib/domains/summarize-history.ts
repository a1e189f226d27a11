/** One stored check, reduced to what the history shows. */
export type HistoryPoint = { at: string; verdict: string; parts: Record<HistoryPartId, string> };
export type HistoryPartId = "spf" | "dkim" | "dmarc" | "mailFrom";

export type PartHistory = {
  part: HistoryPartId;
  /** When the part first passed (ok or warning). */
  firstPassedAt?: string;
  /** Each time a passing part stopped passing, and when (if) it recovered. */
  regressions: { at: string; from: string; to: string; recoveredAt?: string }[];
  current?: string;
};

const PARTS: HistoryPartId[] = ["spf", "dkim", "dmarc", "mailFrom"];
const passing = (s: string | undefined) => s === "ok" || s === "warning";

/**
 * When each part first passed and every later regression. "unknown" (the DNS
 * could not be asked) is neither a pass nor a regression: it is skipped.
 */
export function summarizeHistory(points: HistoryPoint[]): PartHistory[] {
  return PARTS.map((part) => {
    const out: PartHistory = { part, regressions: [] };
    let last: string | undefined;
    for (const p of points) {
      const s = p.parts[part];
      if (s === "unknown") continue;
      if (passing(s) && !out.firstPassedAt) out.firstPassedAt = p.at;
      const open = out.regressions[out.regressions.length - 1];
      if (passing(last) && !passing(s)) out.regressions.push({ at: p.at, from: last!, to: s });
      else if (open && !open.recoveredAt && !passing(last) && passing(s) && out.regressions.length > 0) open.recoveredAt = p.at;
      last = s;
    }
    out.current = last;
    return out;
  });
}
