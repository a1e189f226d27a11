import { CreateEmailIdentityCommand, PutAccountDetailsCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveReview, setIdentityStatus, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { getAccountView } from "./account-view";
import { collectAwaited } from "./collect-all";
import { collectRegion } from "./collect-region";

let sim: SimulatedAws;
let ses: SESv2Client;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
  ses = new SESv2Client({
    region: "us-east-1",
    endpoint: sim.url,
    credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
    maxAttempts: 1,
  });
});
afterAll(() => sim.close());

const MINUTE = 60_000;

describe.each(databaseKinds())("changes AWS makes in the background reach the next page load (%s)", (kind) => {
  useTestDatabase(kind);
  // Each database kind starts from a fresh simulated account.
  beforeAll(() => sim.state.reset());

  it("reads nothing extra while nothing is awaited", async () => {
    await collectRegion("us-east-1", { trigger: "manual" });
    expect((await getAccountView("us-east-1")).readiness?.awaiting).toEqual([]);
    expect(await collectAwaited(new Date(Date.now() + 2 * MINUTE))).toEqual([]);
  });

  it("watches a pending review and a pending DKIM every minute, and stores the outcome as soon as AWS decides", async () => {
    await ses.send(
      new PutAccountDetailsCommand({
        MailType: "TRANSACTIONAL",
        WebsiteURL: "https://example.com",
        ContactLanguage: "EN",
        UseCaseDescription: "Receipts for orders placed on example.com.",
        AdditionalContactEmailAddresses: ["ops@example.com"],
      }),
    );
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "awaited.example" }));
    await collectRegion("us-east-1", { trigger: "manual" });
    const pending = await getAccountView("us-east-1");
    expect(pending.lastGood?.review?.status).toBe("PENDING");
    expect(pending.readiness?.awaiting).toEqual([
      expect.stringMatching(/^production-access review PENDING/),
      "awaited.example: verification PENDING",
      "awaited.example: DKIM PENDING",
    ]);

    // A reading younger than a minute already shows the latest: no second read.
    expect(await collectAwaited(new Date())).toEqual([]);

    resolveReview("us-east-1", "GRANTED");
    setIdentityStatus("us-east-1", "awaited.example", { dkim: "SUCCESS" });
    const runs = await collectAwaited(new Date(Date.now() + 2 * MINUTE));
    expect(runs.map((r) => [r.region, r.status])).toEqual([["us-east-1", "stored"]]);
    const after = await getAccountView("us-east-1");
    expect(after.lastGood).toMatchObject({ production: true, review: { status: "GRANTED" } });
    expect(after.readiness?.checks.find((c) => c.id === "access.granted")?.status).toBe("done");
    expect(after.readiness?.awaiting).toEqual([]);
  });
});
