import { describe, expect, it } from "vitest";
import { buildEmailPayload, buildWebhookPayload } from "./alert-payloads";
import { detectAlerts, type RegionReading } from "./detect-alerts";

const AT = Date.UTC(2026, 10, 28, 9, 30);
const reading = (over: Partial<RegionReading>): RegionReading => ({
  region: "us-east-1",
  at: AT,
  bounce: { value: 0.01, status: "healthy" },
  complaint: { value: 0, status: "healthy" },
  sendingEnabled: true,
  enforcementStatus: "HEALTHY",
  reviewStatus: null,
  ...over,
});

describe("buildWebhookPayload", () => {
  it("gives Slack a text fallback, Block Kit blocks with the runbook, and the raw alert", () => {
    const [alert] = detectAlerts(null, reading({ bounce: { value: 0.1234, status: "at-risk" } })).alerts;
    const p = buildWebhookPayload(alert!, { dashboardUrl: "https://launchpad.example/reputation" });
    expect(p.text).toBe(
      "[CRITICAL] Bounce rate at risk of a pause in us-east-1: Bounce rate is 12.34% (was healthy). AWS reviews accounts at 5% or more and may pause sending at 10% or more.",
    );
    expect(p.blocks.map((b) => b.type)).toEqual(["header", "section", "section", "context", "actions"]);
    expect(JSON.stringify(p.blocks[2])).toContain("Runbook: High bounce rate");
    expect(JSON.stringify(p.blocks[2])).toContain("1. Pause sending immediately");
    expect(JSON.stringify(p.blocks[3])).toContain("2026-11-28 09:30 UTC");
    expect(p.alert).toEqual(alert);
  });

  it("escapes Slack's control characters and says good news without a runbook", () => {
    const prev = { bounceLevel: "healthy", complaintLevel: "healthy", sendingEnabled: true, enforcementStatus: "<b>&" } as const;
    const [alert] = detectAlerts(prev, reading({})).alerts;
    const p = buildWebhookPayload(alert!);
    expect(JSON.stringify(p.blocks[1])).toContain("from &lt;b&gt;&amp; to HEALTHY");
    expect(p.blocks.map((b) => b.type)).toEqual(["header", "section", "context"]);
    const back = detectAlerts(
      { ...prev, enforcementStatus: "HEALTHY", complaintLevel: "review" },
      reading({ complaint: { value: 0.0004, status: "healthy" } }),
    ).alerts[0]!;
    const eased = detectAlerts(
      { ...prev, enforcementStatus: "HEALTHY", bounceLevel: "at-risk" },
      reading({ bounce: { value: 0.07, status: "review" } }),
    ).alerts[0]!;
    expect(buildWebhookPayload(eased).text).toMatch(/^\[INFO\] Bounce rate improved, still under review in us-east-1/);
    expect(buildWebhookPayload(back).text).toMatch(
      /^\[INFO\] Complaint rate back to healthy in us-east-1: Complaint rate is 0\.040% \(was under review\)/,
    );
  });
});

describe("buildEmailPayload", () => {
  it("writes a one-line subject and a plain-text body with the steps", () => {
    const alerts = detectAlerts(null, reading({ sendingEnabled: false, enforcementStatus: "SHUTDOWN" })).alerts;
    const e = buildEmailPayload(alerts[0]!, { dashboardUrl: "https://launchpad.example" });
    expect(e.subject).toBe("[SES Launchpad] CRITICAL: Sending paused in us-east-1");
    expect(e.text).toContain("Runbook: Sending paused\n1. Check the email from AWS");
    expect(e.text).toContain("Dashboard: https://launchpad.example\n");
    const status = buildEmailPayload(alerts[1]!, { productName: "Ops\r\nBcc: x@evil.example" });
    expect(status.subject).not.toMatch(/[\r\n]/);
    expect(status.text).toContain("Sending is paused by AWS.");
  });
});
