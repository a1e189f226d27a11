import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chooseLaunchMode, visibleAwsCredentials } from "../scripts/launch-mode.mjs";

const none = { awsCredentials: false };

describe("chooseLaunchMode", () => {
  it("starts the demo on its own only when nothing is configured, on loopback and its own database", () => {
    expect(chooseLaunchMode({}, none)).toMatchObject({ demo: true, host: "127.0.0.1", databaseUrl: "file:./data/demo.db" });
  });

  it("is an installation when DATABASE_URL or ADMIN_EMAIL is set, even with no AWS credentials in sight (instance roles)", () => {
    const db = chooseLaunchMode({ DATABASE_URL: "postgresql://db/launchpad" }, none);
    expect(db).toMatchObject({ demo: false, host: "0.0.0.0", databaseUrl: "postgresql://db/launchpad" });
    expect(db.summary).toMatch(/^Installation mode \(DATABASE_URL is set\).*LAUNCHPAD_DEMO=1/);
    expect(chooseLaunchMode({ ADMIN_EMAIL: "ops@example.com" }, none)).toMatchObject({ demo: false, reason: "ADMIN_EMAIL is set" });
    expect(chooseLaunchMode({ DATABASE_URL: " " }, none).demo).toBe(true);
  });

  it("is an installation when AWS credentials are visible, or LAUNCHPAD_DEMO=0", () => {
    expect(chooseLaunchMode({}, { awsCredentials: true })).toMatchObject({ demo: false, reason: "AWS credentials were found" });
    expect(chooseLaunchMode({ LAUNCHPAD_DEMO: "0" }, none)).toMatchObject({ demo: false, reason: "LAUNCHPAD_DEMO=0" });
  });

  it("runs the demo when asked, still on its own database and loopback, unless HOST says otherwise", () => {
    const asked = chooseLaunchMode(
      { LAUNCHPAD_DEMO: "1", DATABASE_URL: "postgresql://db/launchpad", ADMIN_EMAIL: "ops@example.com" },
      { awsCredentials: true },
    );
    expect(asked).toMatchObject({ demo: true, databaseUrl: "file:./data/demo.db", host: "127.0.0.1" });
    expect(asked.summary).toMatch(/^Demo mode \(LAUNCHPAD_DEMO=1\).*DATABASE_URL is not used.*LAUNCHPAD_DEMO=0/);
    expect(
      chooseLaunchMode({ LAUNCHPAD_DEMO: "1", LAUNCHPAD_DEMO_DATABASE: "file:./data/e2e-demo.db", HOST: "0.0.0.0" }, none),
    ).toMatchObject({ databaseUrl: "file:./data/e2e-demo.db", host: "0.0.0.0" });
  });
});

describe("visibleAwsCredentials", () => {
  it("sees the variables and the shared files, not an instance role", () => {
    const home = mkdtempSync(path.join(tmpdir(), "launchpad-home-"));
    expect(visibleAwsCredentials({}, home)).toBe(false);
    expect(visibleAwsCredentials({ AWS_PROFILE: "ops" }, home)).toBe(true);
    mkdirSync(path.join(home, ".aws"));
    writeFileSync(path.join(home, ".aws/config"), "[default]\nregion = eu-west-1\n");
    expect(visibleAwsCredentials({}, home)).toBe(true);
  });
});
