import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { bearerMatches, metricsResponse } from "./metrics-export";

const TOKEN = "s3cret-token-for-prometheus";
const get = (auth?: string) => new Request("http://localhost/metrics", { headers: auth ? { authorization: auth } : {} });

describe("bearerMatches", () => {
  it("accepts only the exact token after the Bearer scheme", () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(bearerMatches(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(bearerMatches(null, TOKEN)).toBe(false);
  });
});

describe.each(databaseKinds())("GET /metrics (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("does not exist without a configured token, and refuses a request without the token", async () => {
    expect((await metricsResponse(get(`Bearer ${TOKEN}`), undefined, async () => ["us-east-1"])).status).toBe(404);
    // Nothing is read for a request without the token.
    const refused = await metricsResponse(get(), TOKEN, async () => {
      throw new Error("regions read before the token was checked");
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await metricsResponse(get("Bearer wrong"), TOKEN, async () => ["us-east-1"])).status).toBe(401);
  });

  it("exports rates, volumes, quotas, sandbox state and readiness per region from the database", async () => {
    const now = new Date("2026-11-20T12:00:00Z");
    await store.db!.reputationSample.createMany({
      data: [
        {
          region: "us-east-1",
          period: 300,
          at: new Date("2026-11-20T10:00:00Z"),
          bounceRate: 0.02,
          complaintRate: 0.0003,
          send: 120,
          delivery: 115,
          bounce: 5,
          complaint: 0,
          reject: 1,
        },
        {
          region: "us-east-1",
          period: 300,
          at: new Date("2026-11-20T11:00:00Z"),
          bounceRate: 0.031,
          complaintRate: null,
          send: 80,
          delivery: 78,
          bounce: 2,
          complaint: 1,
          reject: 0,
        },
        // Older than a day: neither the current rate nor the 24-hour volumes.
        {
          region: "us-east-1",
          period: 3600,
          at: new Date("2026-11-18T11:00:00Z"),
          bounceRate: 0.5,
          complaintRate: 0.5,
          send: 1000,
          delivery: 0,
          bounce: 1000,
          complaint: 0,
          reject: 0,
        },
      ],
    });
    await store.db!.accountSnapshot.create({
      data: {
        region: "us-east-1",
        ok: true,
        takenAt: new Date("2026-11-20T11:55:00Z"),
        production: false,
        sendingEnabled: true,
        enforcementStatus: "HEALTHY",
        max24HourSend: 200,
        maxSendRate: 1,
        sentLast24Hours: 37,
        readinessScore: 64,
      },
    });
    const res = await metricsResponse(get(`Bearer ${TOKEN}`), TOKEN, async () => ["us-east-1", "eu-west-1"], now);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const line = (name: string) => text.split("\n").find((l) => l.startsWith(name));
    expect(line('ses_launchpad_bounce_rate{account="default",region="us-east-1"}')).toBe(
      'ses_launchpad_bounce_rate{account="default",region="us-east-1"} 0.031',
    );
    expect(line('ses_launchpad_complaint_rate{account="default",region="us-east-1"}')).toBe(
      'ses_launchpad_complaint_rate{account="default",region="us-east-1"} 0.0003',
    );
    expect(line('ses_launchpad_events_24h{account="default",region="us-east-1",event="send"}')).toBe(
      'ses_launchpad_events_24h{account="default",region="us-east-1",event="send"} 200',
    );
    expect(line('ses_launchpad_quota_max_24h{account="default",region="us-east-1"}')).toMatch(/ 200$/);
    expect(line('ses_launchpad_sandbox{account="default",region="us-east-1"}')).toMatch(/ 1$/);
    expect(line('ses_launchpad_readiness_score{account="default",region="us-east-1"}')).toMatch(/ 64$/);
    expect(line('ses_launchpad_danger_level{account="default",region="us-east-1"}')).toMatch(/ 0$/);
    // A region never read is absent, not zero.
    expect(text).not.toMatch(/region="eu-west-1"/);
  });
});
