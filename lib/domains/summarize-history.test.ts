import { describe, expect, it } from "vitest";
import { summarizeHistory, type HistoryPoint } from "./summarize-history";

const point = (at: string, dkim: string, spf = "ok"): HistoryPoint => ({
  at,
  verdict: "x",
  parts: { spf, dkim, dmarc: "error", mailFrom: "pending" },
});

describe("summarizeHistory", () => {
  it("finds the first pass, a regression and its recovery, skipping checks that could not run", () => {
    const h = summarizeHistory([
      point("t1", "error"),
      point("t2", "pending"),
      point("t3", "ok"),
      point("t4", "unknown"),
      point("t5", "error"),
      point("t6", "warning"),
      point("t7", "ok"),
    ]);
    const dkim = h.find((p) => p.part === "dkim")!;
    expect(dkim.firstPassedAt).toBe("t3");
    expect(dkim.regressions).toEqual([{ at: "t5", from: "ok", to: "error", recoveredAt: "t6" }]);
    expect(dkim.current).toBe("ok");
    const dmarc = h.find((p) => p.part === "dmarc")!;
    expect(dmarc).toEqual({ part: "dmarc", regressions: [], current: "error" });
    expect(h.find((p) => p.part === "spf")).toMatchObject({ firstPassedAt: "t1", regressions: [] });
  });

  it("keeps an unrecovered regression open", () => {
    const dkim = summarizeHistory([point("t1", "ok"), point("t2", "error"), point("t3", "pending")]).find((p) => p.part === "dkim")!;
    expect(dkim.regressions).toEqual([{ at: "t2", from: "ok", to: "error" }]);
  });
});
