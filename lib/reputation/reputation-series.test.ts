import { describe, expect, it } from "vitest";
import { alignSeries, latestValue, REPUTATION_QUERIES, sumField } from "./reputation-series";

const H = 3_600_000;

describe("alignSeries", () => {
  it("puts each query's datapoints in its period row and leaves missing periods null", () => {
    const byId = new Map([
      [
        "bounce_rate",
        [
          { t: 2 * H, v: 0.07 },
          { t: 0, v: 0.01 },
        ],
      ], // newest first, as CloudWatch answers by default
      [
        "send",
        [
          { t: 0, v: 10 },
          { t: H, v: 0 },
        ],
      ],
    ]);
    const rows = alignSeries(0, 3 * H, 3600, byId);
    expect(rows.map((r) => r.t)).toEqual([0, H, 2 * H]);
    expect(rows.map((r) => r.bounceRate)).toEqual([0.01, null, 0.07]);
    expect(rows.map((r) => r.send)).toEqual([10, 0, null]);
    expect(rows.every((r) => r.reject === null)).toBe(true);
  });

  it("ignores datapoints outside the window", () => {
    const rows = alignSeries(
      H,
      2 * H,
      3600,
      new Map([
        [
          "delivery",
          [
            { t: 0, v: 1 },
            { t: 2 * H, v: 2 },
            { t: H, v: 3 },
          ],
        ],
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.delivery).toBe(3);
  });

  it("has unique query ids CloudWatch accepts", () => {
    const ids = REPUTATION_QUERIES.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9_]*$/);
  });
});

describe("latestValue and sumField", () => {
  it("skip gaps", () => {
    const rows = alignSeries(
      0,
      3 * H,
      3600,
      new Map([
        ["complaint_rate", [{ t: H, v: 0.002 }]],
        [
          "send",
          [
            { t: 0, v: 5 },
            { t: H, v: 7 },
          ],
        ],
      ]),
    );
    expect(latestValue(rows, "complaintRate")).toEqual({ t: H, value: 0.002 });
    expect(latestValue(rows, "bounceRate")).toBeNull();
    expect(sumField(rows, "send")).toBe(12);
    expect(sumField(rows, "reject")).toBeNull();
  });
});
