import type { RawSeries } from "./reputation-series";

/** The parts of a GetMetricData page this code reads: the SDK's output, or a fixture's JSON (epoch seconds). */
export type MetricDataPage = {
  MetricDataResults?: Array<{
    Id?: string;
    Timestamps?: Array<Date | number>;
    Values?: number[];
    StatusCode?: string;
    Messages?: Array<{ Code?: string; Value?: string }>;
  }>;
  NextToken?: string;
  Messages?: Array<{ Code?: string; Value?: string }>;
};

export type MergedPages = { byId: Map<string, RawSeries>; incomplete: string[]; messages: string[] };

const toMs = (t: Date | number) => (typeof t === "number" ? t * 1000 : t.getTime());

/**
 * Joins the pages of one request. A query reads PartialData on every page but its last; whatever status
 * it has on the last page it appears in is its final word (InternalError and Forbidden included).
 */
export function mergeMetricPages(pages: readonly MetricDataPage[], expectedIds: readonly string[]): MergedPages {
  const byId = new Map<string, RawSeries>();
  const status = new Map<string, string>();
  const messages: string[] = [];
  for (const page of pages) {
    for (const r of page.MetricDataResults ?? []) {
      const id = r.Id ?? "";
      const list = byId.get(id) ?? [];
      (r.Timestamps ?? []).forEach((t, i) => list.push({ t: toMs(t), v: r.Values?.[i] ?? Number.NaN }));
      byId.set(id, list);
      status.set(id, r.StatusCode ?? "Complete");
      for (const m of r.Messages ?? []) messages.push(`${id}: ${[m.Code, m.Value].filter(Boolean).join(" ")}`);
    }
    for (const m of page.Messages ?? []) messages.push([m.Code, m.Value].filter(Boolean).join(" "));
  }
  const incomplete = expectedIds.filter((id) => status.get(id) !== "Complete").map((id) => `${id}: ${status.get(id) ?? "no result"}`);
  if (pages.at(-1)?.NextToken) incomplete.push("more pages were not read");
  return { byId, incomplete, messages };
}
