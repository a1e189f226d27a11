import { describe, expect, it } from "vitest";
import { renderCsv, renderReputationCsv } from "./render-csv";
import { alignSeries } from "./reputation-series";

describe("renderCsv", () => {
  it("quotes commas, quotes and newlines, and defuses formulas in text cells", () => {
    const csv = renderCsv(
      [
        { header: "name", value: (r: { n: string; v: number | null }) => r.n },
        { header: "value", value: (r) => r.v },
      ],
      [
        { n: 'say "hi", then\nleave', v: -1.5 },
        { n: "=HYPERLINK(1)", v: null },
        { n: "plain", v: Number.NaN },
      ],
    );
    expect(csv).toBe('name,value\r\n"say ""hi"", then\nleave",-1.5\r\n\'=HYPERLINK(1),\r\nplain,\r\n');
  });
});

describe("renderReputationCsv", () => {
  it("writes one row per period with ISO times and empty cells for gaps", () => {
    const points = alignSeries(
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 0, 1, 2),
      3600,
      new Map([
        ["bounce_rate", [{ t: Date.UTC(2026, 0, 1), v: 0.012 }]],
        ["send", [{ t: Date.UTC(2026, 0, 1, 1), v: 40 }]],
      ]),
    );
    const lines = renderReputationCsv(points).trimEnd().split("\r\n");
    expect(lines[0]).toBe("time_utc,bounce_rate,bounce_rate_max,complaint_rate,complaint_rate_max,send,delivery,bounce,complaint,reject");
    expect(lines[1]).toBe("2026-01-01T00:00:00.000Z,0.012,,,,,,,,");
    expect(lines[2]).toBe("2026-01-01T01:00:00.000Z,,,,,40,,,,");
    expect(lines).toHaveLength(3);
  });
});
