import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mergeMetricPages, type MetricDataPage } from "./merge-metric-pages";
import { alignSeries } from "./reputation-series";

const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../test/fixtures/aws", name), "utf8")) as MetricDataPage;

describe("mergeMetricPages", () => {
  it("reads AWS's example answer, keeping the missing Send hour a gap", () => {
    const merged = mergeMetricPages([fixture("cloudwatch.GetMetricData.response.json")], ["bounce_rate", "complaint_rate", "sends"]);
    expect(merged.incomplete).toEqual([]);
    const start = 1795132800_000;
    const rows = alignSeries(
      start,
      start + 3 * 3_600_000,
      3600,
      new Map([
        ["send", merged.byId.get("sends") ?? []],
        ["bounce_rate", merged.byId.get("bounce_rate") ?? []],
      ]),
    );
    expect(rows.map((r) => r.send)).toEqual([120, null, 87]);
    expect(rows.map((r) => r.bounceRate)).toEqual([0.011, 0.012, 0.0125]);
  });

  it("flags a PartialData page whose NextToken was not followed", () => {
    const merged = mergeMetricPages([fixture("cloudwatch.GetMetricData.partial.response.json")], ["sends"]);
    expect(merged.incomplete).toEqual(["sends: PartialData", "more pages were not read"]);
  });

  it("joins pages and takes each query's status from its last page", () => {
    const t = (s: number) => new Date(s * 1000);
    const pages: MetricDataPage[] = [
      { MetricDataResults: [{ Id: "a", Timestamps: [t(0), t(60)], Values: [1, 2], StatusCode: "PartialData" }], NextToken: "x" },
      {
        MetricDataResults: [
          { Id: "a", Timestamps: [t(120)], Values: [3], StatusCode: "Complete" },
          { Id: "b", Timestamps: [], Values: [], StatusCode: "Forbidden", Messages: [{ Code: "Forbidden", Value: "no access" }] },
        ],
      },
    ];
    const merged = mergeMetricPages(pages, ["a", "b", "c"]);
    expect(merged.byId.get("a")).toEqual([
      { t: 0, v: 1 },
      { t: 60_000, v: 2 },
      { t: 120_000, v: 3 },
    ]);
    expect(merged.incomplete).toEqual(["b: Forbidden", "c: no result"]);
    expect(merged.messages).toEqual(["b: Forbidden no access"]);
  });
});
