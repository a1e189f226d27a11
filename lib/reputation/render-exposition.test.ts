import { describe, expect, it } from "vitest";
import { renderExposition } from "./render-exposition";
import { renderPrometheusMetrics } from "./render-prometheus-metrics";

describe("renderExposition", () => {
  it("writes HELP and TYPE once per family and escapes help text and label values", () => {
    const text = renderExposition([
      {
        name: "x_total",
        help: "a \\ b\nc",
        type: "counter",
        samples: [{ labels: { path: 'C:\\dir "q"\nx' }, value: 3 }, { value: Infinity }],
      },
      { name: "empty", help: "nothing", type: "gauge", samples: [] },
      { name: "odd", help: "values", type: "gauge", samples: [{ value: Number.NaN }, { value: -Infinity }, { value: 1e-7 }] },
    ]);
    expect(text).toBe(
      [
        "# HELP x_total a \\\\ b\\nc",
        "# TYPE x_total counter",
        'x_total{path="C:\\\\dir \\"q\\"\\nx"} 3',
        "x_total +Inf",
        "# HELP odd values",
        "# TYPE odd gauge",
        "odd NaN",
        "odd -Inf",
        "odd 1e-7",
        "",
      ].join("\n"),
    );
  });

  it("refuses names Prometheus would reject", () => {
    expect(() => renderExposition([{ name: "bad-name", help: "", type: "gauge", samples: [{ value: 1 }] }])).toThrow(/metric name/);
    expect(() => renderExposition([{ name: "ok", help: "", type: "gauge", samples: [{ labels: { "1x": "v" }, value: 1 }] }])).toThrow(
      /label name/,
    );
  });
});

describe("renderPrometheusMetrics", () => {
  it("exports each region's rates, volumes, quota and state, leaving unknowns out", () => {
    const text = renderPrometheusMetrics([
      {
        account: "default",
        region: "us-east-1",
        bounceRate: 0.012,
        complaintRate: 0.0004,
        volumes24h: { send: 150, bounce: 2, reject: null },
        quota: { max24Hour: 200, maxSendRate: 1, sentLast24Hours: 37 },
        sandbox: true,
        sendingEnabled: true,
        enforcementStatus: "HEALTHY",
        readinessScore: 62,
        collectedAt: 1_795_132_800_000,
      },
      {
        account: "production-eu",
        region: "eu-west-1",
        bounceRate: null,
        quota: { max24Hour: -1, maxSendRate: 14, sentLast24Hours: 0 },
        sandbox: false,
      },
    ]);
    const lines = text.split("\n");
    expect(lines).toContain('ses_launchpad_bounce_rate{account="default",region="us-east-1"} 0.012');
    expect(text).not.toContain('ses_launchpad_bounce_rate{account="production-eu",region="eu-west-1"}');
    expect(lines).toContain('ses_launchpad_events_24h{account="default",region="us-east-1",event="send"} 150');
    expect(text).not.toContain('event="reject"');
    expect(lines).toContain('ses_launchpad_quota_max_24h{account="production-eu",region="eu-west-1"} +Inf');
    expect(lines).toContain('ses_launchpad_sandbox{account="default",region="us-east-1"} 1');
    expect(lines).toContain('ses_launchpad_sandbox{account="production-eu",region="eu-west-1"} 0');
    expect(lines).toContain('ses_launchpad_enforcement_status{account="default",region="us-east-1",status="HEALTHY"} 1');
    expect(lines).toContain('ses_launchpad_rate_threshold{metric="complaint",level="review"} 0.001');
    expect(lines).toContain('ses_launchpad_last_collection_timestamp_seconds{account="default",region="us-east-1"} 1795132800');
    expect(lines.filter((l) => l === "# TYPE ses_launchpad_sandbox gauge")).toHaveLength(1);
    expect(text).not.toContain('readiness_score{region="eu-west-1"}');
  });
});
