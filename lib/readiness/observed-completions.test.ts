import { CreateEmailIdentityCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/sns/route";
import { setAccount, setIdentityStatus, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { clientConfig } from "../../sim/aws/test-helpers";
import { useTestDatabase } from "../../test/use-test-database";
import { setUpNotifications } from "../aws/notification-setup";
import { forgetAccountMode } from "../bounces/account-mode";
import { drainProcessing } from "../bounces/processing-queue";
import { recentTestSends } from "../bounces/query-events";
import { sendTestMail } from "../bounces/send-test-mail";
import { serveRequestHandler } from "../sns/serve-request-handler";
import { getAccountView } from "../snapshots/account-view";
import { collectRegion } from "../snapshots/collect-region";

/*
 * The real path, end to end: the simulated SES sends, the simulated SNS posts to the real webhook route, the
 * queue processes, the collection reads the processed events, and the checklist judges them.
 */
const region = "us-east-1";
const from = "ops@example.org";
let sim: SimulatedAws;
let hook: Awaited<ReturnType<typeof serveRequestHandler>>;
useTestDatabase("sqlite");

beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  Object.assign(process.env, {
    LAUNCHPAD_DEMO: "1",
    AWS_ENDPOINT_URL: sim.url,
    AWS_ACCESS_KEY_ID: "AKIDTEST",
    AWS_SECRET_ACCESS_KEY: "test",
  });
  hook = await serveRequestHandler(POST);
  const ses = new SESv2Client(clientConfig(sim.url, region));
  await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "example.org" }));
  ses.destroy();
  setIdentityStatus(region, "example.org", { dkim: "SUCCESS" });
  setAccount(region, { MaxSendRate: 100 });
});
afterAll(async () => {
  await hook.close();
  await sim.close();
});

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    await drainProcessing();
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const checks = async () => {
  await collectRegion(region, { trigger: "manual" });
  return Object.fromEntries(((await getAccountView(region)).readiness?.checks ?? []).map((c) => [c.id, c]));
};

async function sent(to: string): Promise<string> {
  const r = await sendTestMail({ region, from, to });
  if (!r.ok) throw new Error(r.explanation.title);
  return r.messageId;
}

/** The message's outcome on the Test mail list, once the event of `kind` is part of it. */
const outcomeOf = (id: string, kind: string) =>
  eventually(
    async () => (await recentTestSends(region, 10)).find((t) => t.sesMessageId === id)?.outcome,
    (o) => o?.state === "events" && o.events.some((e) => e.kind === kind),
  );

describe("checks complete only on what the dashboard observed", () => {
  it("a confirmed subscription is not a handler at work; processed simulator mail is; only production mail to a real recipient is delivery", async () => {
    const state = await setUpNotifications({
      region,
      identity: "example.org",
      mode: "configuration-set",
      endpoint: `${hook.url}/api/sns`,
      waitMs: 5_000,
    });
    expect(state.complete).toBe(true);
    let c = await checks();
    // The subscription confirmations arrived and were processed, yet nothing proves the pipeline carries events.
    expect(c["handling.events-received"]).toMatchObject({
      status: "todo",
      summary: expect.stringMatching(/SNS messages arrive, but no bounce or complaint/),
    });

    const bounceId = await sent("bounce@simulator.amazonses.com");
    const complaintId = await sent("complaint@simulator.amazonses.com");
    expect(await outcomeOf(bounceId, "bounce")).toMatchObject({ state: "events", label: "bounce (Permanent/General)" });
    expect(await outcomeOf(complaintId, "complaint")).toMatchObject({ label: "delivery, then complaint (abuse)" });

    c = await checks();
    expect(c["handling.events-received"]).toMatchObject({
      status: "done",
      evidence: [{ observed: expect.stringContaining(`bounce of SES message ${bounceId}`) }],
    });
    expect(c["sending.simulator-round-trip"]?.status).toBe("done");
    expect(c["sending.test-mail"]?.status).toBe("done");
    // Simulator mail in the sandbox never completes the real-recipient item.
    expect(c["sending.real-recipient"]).toMatchObject({ status: "todo", summary: expect.stringMatching(/Needs production access/) });

    // The sandbox refuses an unverified recipient, and the page says so for that message.
    const refused = await sendTestMail({ region, from, to: "friend@example.net" });
    expect(refused.ok).toBe(false);
    expect((await recentTestSends(region, 10)).find((t) => t.id === refused.testSendId)?.outcome.state).toBe("failed");

    setAccount(region, { ProductionAccessEnabled: true, Max24HourSend: 50_000 });
    forgetAccountMode();
    try {
      const realId = await sent("friend@example.net");
      expect(await outcomeOf(realId, "delivery")).toMatchObject({ label: "delivery" });
      c = await checks();
      expect(c["sending.real-recipient"]).toMatchObject({
        status: "done",
        summary: expect.stringContaining("friend@example.net"),
        evidence: [{ observed: "ProductionAccessEnabled true" }, { observed: expect.stringContaining(realId) }],
      });
    } finally {
      setAccount(region, { ProductionAccessEnabled: false, Max24HourSend: 200 });
      forgetAccountMode();
    }
  });
});
