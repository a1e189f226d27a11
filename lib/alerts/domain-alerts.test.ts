import { describe, expect, it } from "vitest";
import { buildWebhookPayload } from "./alert-payloads";
import { alertPath, describeAlert } from "./describe-alert";
import { domainStatusAlerts } from "./domain-alerts";

const AT = "2026-12-06T10:00:00.000Z";

describe("domainStatusAlerts", () => {
  it("raises one alert per part that moved, a warning when it turns red, news when it turns green", () => {
    const alerts = domainStatusAlerts("eu-west-1", [
      {
        domain: "shop.example",
        verdict: "fail",
        checkedAt: AT,
        changes: [
          { part: "dkim", from: "ok", to: "error" },
          { part: "spf", from: "pending", to: "ok" },
        ],
      },
      { domain: "quiet.example", verdict: "pass", checkedAt: AT, changes: [] },
    ]);
    expect(alerts.map((a) => [a.subject, a.part, a.from, a.to, a.severity])).toEqual([
      ["shop.example", "dkim", "ok", "error", "warning"],
      ["shop.example", "spf", "pending", "ok", "info"],
    ]);
    expect(new Set(alerts.map((a) => a.key)).size).toBe(2);
    expect(
      domainStatusAlerts("eu-west-1", [
        { domain: "shop.example", verdict: "fail", checkedAt: AT, changes: [{ part: "dkim", from: "ok", to: "error" }] },
      ])[0]!.key,
    ).toBe(alerts[0]!.key);
  });

  it("says which record of which domain and links to the domain's page", () => {
    const [a] = domainStatusAlerts("eu-west-1", [
      { domain: "shop.example", verdict: "fail", checkedAt: AT, changes: [{ part: "dkim", from: "ok", to: "error" }] },
    ]);
    expect(describeAlert(a!).title).toBe("DKIM of shop.example is failing (eu-west-1)");
    expect(describeAlert(a!).detail).toMatch(/where it was passing/);
    expect(alertPath(a!)).toBe("/domains/shop.example");
    expect(buildWebhookPayload(a!, { dashboardUrl: "https://dash.example/domains/shop.example" }).text).toContain(
      "[WARNING] DKIM of shop.example is failing",
    );
  });
});
