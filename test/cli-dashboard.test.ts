import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../lib/db/create-client";
import { startSimulatedAws, type SimulatedAws } from "../sim/aws/server";
import { startSimulatedDns, type SimulatedDns } from "../sim/dns/server";
import { ensureCliBuilt, runCli } from "./cli-run";
import { freshSqlite, type TestDatabase } from "./databases";

// The dashboard's commands through the built binary, on a SQLite file the collector filled from the simulated
// AWS: us-east-1 is a fresh sandbox, eu-west-1 was shut down by AWS (paused), ap-southeast-2 was never read.
let sim: SimulatedAws;
let dns: SimulatedDns;
let database: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  await ensureCliBuilt();
  [sim, dns] = await Promise.all([
    startSimulatedAws({
      scenario: {
        identities: [{ name: "good.example", dkim: "SUCCESS", verification: "SUCCESS" }],
        regions: { "eu-west-1": { account: { SendingEnabled: false, EnforcementStatus: "SHUTDOWN" } } },
      },
    }),
    startSimulatedDns(),
  ]);
  dns.zones.addZone("good.example");
  database = freshSqlite();
  env = {
    AWS_ENDPOINT_URL: sim.url,
    AWS_ACCESS_KEY_ID: "AKIDTEST",
    AWS_SECRET_ACCESS_KEY: "test",
    DATABASE_URL: database.url,
    AWS_SES_REGIONS: "us-east-1,eu-west-1",
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
  };
  const collected = await runCli(["collect"], env);
  expect(collected.code, collected.out + collected.err).toBe(0);
}, 120_000);

afterAll(async () => {
  await Promise.all([sim?.close(), dns?.close()]);
  await database?.drop();
});

const json = async <T = Record<string, unknown>>(args: string[]) => {
  const r = await runCli([...args, "--json"], env);
  return { code: r.code, body: JSON.parse(r.out) as T, err: r.err };
};

describe("ses-launchpad readiness: the gate", () => {
  it("exits 1 for a stored reading at pause level, whatever --min-score", async () => {
    for (const extra of [[], ["--min-score", "0"]]) {
      const { code, body } = await json(["readiness", "--region", "eu-west-1", ...extra]);
      expect(code).toBe(1);
      expect(body.pass).toBe(false);
      const [result] = body.results as Array<Record<string, unknown> & { danger: { level: string }; reasons: string[] }>;
      expect(result).toMatchObject({ account: "default", region: "eu-west-1", pass: false });
      expect(result!.danger.level).toBe("paused");
      expect(result!.reasons[0]).toMatch(/^Sending paused: /);
    }
  });

  it("exits 1 while a required item is open, and 0 under a --min-score the score reaches", async () => {
    const strict = await json(["readiness", "--region", "us-east-1"]);
    expect(strict.code).toBe(1);
    const [result] = strict.body.results as Array<{ readiness: { score: number; checks: Array<{ status: string }> }; reasons: string[] }>;
    expect(result!.readiness.checks.some((c) => c.status === "todo")).toBe(true);
    expect(result!.reasons.some((r) => r.startsWith("open: "))).toBe(true);
    const score = result!.readiness.score;
    expect((await json(["readiness", "--region", "us-east-1", "--min-score", String(score)])).code).toBe(0);
    expect((await json(["readiness", "--region", "us-east-1", "--min-score", String(score + 1)])).code).toBe(1);
  });

  it("prints the checklist by group, and exits 2 for a region with no reading", async () => {
    const text = await runCli(["readiness", "--region", "us-east-1"], env);
    expect(text.out).toMatch(/^us-east-1: \d+\/100, blocked · Healthy · evaluated /);
    expect(text.out).toContain("  Step 1: Email authentication\n");
    expect(text.out).toMatch(/\n {2}blocked: open: /);
    const none = await json(["readiness", "--region", "ap-southeast-2"]);
    expect(none.code).toBe(2);
    expect(none.body).toMatchObject({ pass: false, results: [{ region: "ap-southeast-2", pass: null, readiness: null }] });
  });

  it("reads every configured region without --region, and refuses an account nobody watches", async () => {
    const all = await json(["readiness"]);
    expect((all.body.results as Array<{ region: string }>).map((r) => r.region)).toEqual(["us-east-1", "eu-west-1"]);
    const r = await runCli(["readiness", "--account", "nobody"], env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No watched account "nobody"; watched: default\.\nUsage: ses-launchpad readiness/);
  });
});

describe("ses-launchpad status, domains, report and suppressions", () => {
  it("status: access, quotas, enforcement, sending, rates and danger per region", async () => {
    const { code, body } = await json<Array<Record<string, unknown>>>(["status"]);
    expect(code).toBe(0);
    expect(body.map((s) => [s.region, s.access, s.sendingEnabled, s.enforcementStatus, (s.danger as { level: string }).level])).toEqual([
      ["us-east-1", "sandbox", true, "HEALTHY", "none"],
      ["eu-west-1", "sandbox", false, "SHUTDOWN", "paused"],
    ]);
    expect(Object.keys(body[0]!)).toEqual([
      "account",
      "region",
      "readAt",
      "access",
      "review",
      "sendingEnabled",
      "enforcementStatus",
      "quota",
      "rates",
      "danger",
      "lastFailure",
    ]);
    expect(Object.keys(body[0]!.rates as object)).toEqual(["sends24h", "minVolume", "bounce", "complaint"]);
    const text = await runCli(["status", "--region", "eu-west-1"], env);
    expect(text.out).toMatch(/eu-west-1 \(read .* UTC\)\n {2}access: +sandbox\n {2}sending: +disabled; enforcement SHUTDOWN\n/);
  });

  it("domains: each identity with its SPF, DKIM, DMARC and MAIL FROM state", async () => {
    const { code, body } = await json<Array<{ region: string; identities: Array<Record<string, unknown>> }>>([
      "domains",
      "--region",
      "us-east-1",
    ]);
    expect(code).toBe(0);
    const [region] = body;
    expect(region!.region).toBe("us-east-1");
    const good = region!.identities.find((i) => i.name === "good.example")!;
    expect(good).toMatchObject({ type: "DOMAIN", verifiedForSending: true });
    expect(Object.keys(good)).toEqual(["name", "type", "verifiedForSending", "checkedAt", "verdict", "parts"]);
    if (good.parts) expect(Object.keys(good.parts as object)).toEqual(["spf", "dkim", "dmarc", "mailFrom", "alignment"]);
  });

  it("report: the checklist as Markdown on stdout or in --out", async () => {
    const stdout = await runCli(["report", "--region", "us-east-1"], env);
    expect(stdout.code).toBe(0);
    expect(stdout.out).toMatch(/^# SES production readiness\n\n## us-east-1\n\n\*\*Readiness \d+\/100\*\* · Healthy/);
    expect(stdout.out).toContain("### Step 1: Email authentication\n\n| | Item | Status | Now |\n| --- | --- | --- | --- |\n");
    const dir = mkdtempSync(path.join(tmpdir(), "launchpad-report-"));
    try {
      const file = path.join(dir, "readiness.md");
      const written = await runCli(["report", "--out", file], env);
      expect(written).toMatchObject({ code: 0, out: "" });
      expect(readFileSync(file, "utf8")).toMatch(
        /## us-east-1[\s\S]*## eu-west-1\n\n\*\*Readiness \d+\/100\*\* \(not ready\) · Sending paused/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("suppressions export: the list as CSV, searchable", async () => {
    const db = createPrismaClient(database.url);
    try {
      await db.suppression.createMany({
        data: [
          { address: "gone@example.com", reason: "BOUNCE" },
          { address: "angry@example.org", reason: "COMPLAINT", detail: 'said, "stop"' },
        ],
      });
    } finally {
      await db.$disconnect();
    }
    const all = await runCli(["suppressions", "export"], env);
    expect(all.code).toBe(0);
    const lines = all.out.trimEnd().split("\r\n");
    expect(lines[0]).toBe("address,reason,detail,suppressed_at,investigate_by,pushed_to_ses_at");
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[0])
        .sort(),
    ).toEqual(["angry@example.org", "gone@example.com"]);
    expect(all.out).toContain('"said, ""stop"""');
    const found = await runCli(["suppressions", "export", "--search", "ANGRY"], env);
    expect(found.out.trimEnd().split("\r\n")).toHaveLength(2);
  });

  it("a missing SQLite file is an error (exit 2), never an empty database created by the reading", async () => {
    const missing = path.join(tmpdir(), `launchpad-missing-${process.pid}.db`);
    const r = await runCli(["status"], { ...env, DATABASE_URL: `file:${missing}` });
    expect(r.code).toBe(2);
    expect(r.err).toContain(`No database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});
