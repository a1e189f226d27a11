import http from "node:http";
import type { AddressInfo } from "node:net";
import { CreateEmailIdentityCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAccount, setIdentityStatus, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { clientConfig } from "../../sim/aws/test-helpers";
import { buildEmailPayload, buildWebhookPayload } from "./alert-payloads";
import { detectAlerts } from "./detect-alerts";
import { sendEmailAlert } from "./send-email-alert";
import { sendWebhookAlert } from "./send-webhook-alert";

type Hit = { method?: string; headers: http.IncomingHttpHeaders; body: string };

/** A local webhook receiver whose answer each test chooses. */
function startReceiver(answer: (res: http.ServerResponse) => void) {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      hits.push({ method: req.method, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      answer(res);
    });
  });
  return new Promise<{ url: string; hits: Hit[]; close(): Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        hits,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    ),
  );
}

const reading = {
  region: "us-east-1",
  at: Date.UTC(2026, 10, 28),
  bounce: { value: 0.06, status: "review" as const },
  complaint: { value: 0, status: "healthy" as const },
  sendingEnabled: true,
  enforcementStatus: "HEALTHY",
  reviewStatus: null,
};

// The local receivers below are internal addresses: the tests allow loopback explicitly, as an admin would.
beforeAll(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
});

describe("sendWebhookAlert", () => {
  it("delivers one notification per crossing across repeated collections", async () => {
    const hook = await startReceiver((res) => res.end("ok"));
    try {
      let state = null;
      for (const value of [0.06, 0.07, 0.065, 0.02, 0.055]) {
        const out = detectAlerts(state, {
          ...reading,
          at: reading.at + value * 1e6,
          bounce: { value, status: value >= 0.05 ? "review" : "healthy" },
        });
        state = out.state;
        for (const a of out.alerts.filter((x) => x.severity !== "info")) await sendWebhookAlert(hook.url, buildWebhookPayload(a));
      }
      expect(hook.hits).toHaveLength(2);
      expect(hook.hits[0]?.method).toBe("POST");
      expect(hook.hits[0]?.headers["content-type"]).toBe("application/json");
      const body = JSON.parse(hook.hits[0]!.body) as { text: string; blocks: unknown[] };
      expect(body.text).toMatch(/^\[WARNING\] Bounce rate under review in us-east-1/);
      expect(body.blocks.length).toBeGreaterThan(2);
    } finally {
      await hook.close();
    }
  });

  it("fails on an error status, and gives up on a receiver that never answers", async () => {
    const broken = await startReceiver((res) => {
      res.statusCode = 404;
      res.end("no_service");
    });
    const silent = await startReceiver(() => undefined);
    try {
      // Status and timing only: the receiver's answer is shown to every role, and may be an internal service's.
      const failed = await sendWebhookAlert(broken.url, { text: "x" }).catch((e: unknown) => e);
      expect(failed).toMatchObject({
        name: "WebhookError",
        status: 404,
        message: expect.stringMatching(/^The webhook answered HTTP 404 after \d+ ms\.$/),
      });
      expect((failed as Error).message).not.toContain("no_service");
      const started = Date.now();
      await expect(sendWebhookAlert(silent.url, { text: "x" }, { timeoutMs: 200 })).rejects.toThrow(/did not answer within 200 ms/);
      expect(Date.now() - started).toBeLessThan(2000);
      await expect(sendWebhookAlert("http://127.0.0.1:1/hook", { text: "x" })).rejects.toThrow(/could not be reached/);
    } finally {
      await broken.close();
      await silent.close();
    }
  });
});

describe("sendWebhookAlert to an internal address", () => {
  it("refuses loopback, private, link-local and metadata addresses before connecting, unless allowed", async () => {
    const hook = await startReceiver((res) => res.end("ok"));
    const port = new URL(hook.url).port;
    try {
      for (const url of [
        `http://localhost:${port}/hook`,
        `http://[::ffff:127.0.0.1]:${port}/hook`,
        `http://[::1]:${port}/hook`,
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/hook",
        "http://[fd00:ec2::254]/",
        "http://0.0.0.0/",
      ]) {
        await expect(sendWebhookAlert(url, { text: "x" }, { allowHosts: "" }), url).rejects.toMatchObject({
          name: "WebhookError",
          message: expect.stringMatching(/inside the network|not a public address/),
        });
      }
      await expect(sendWebhookAlert(hook.url, { text: "x" }, { allowHosts: "" })).rejects.toThrow(/OUTBOUND_ALLOW_HOSTS/);
      expect(hook.hits).toHaveLength(0);
      // Listed by the admin: delivered.
      await expect(sendWebhookAlert(hook.url, { text: "x" }, { allowHosts: "127.0.0.0/8" })).resolves.toMatchObject({ status: 200 });
      expect(hook.hits).toHaveLength(1);
    } finally {
      await hook.close();
    }
  });
});

describe("sendEmailAlert against the simulated SES", () => {
  let sim: SimulatedAws;
  beforeAll(async () => {
    sim = await startSimulatedAws({ port: 0 });
    Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
    const ses = new SESv2Client(clientConfig(sim.url));
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "alerts.example" }));
    ses.destroy();
    setIdentityStatus("us-east-1", "alerts.example", { dkim: "SUCCESS" });
  });
  afterAll(() => sim.close());

  const payload = () => buildEmailPayload(detectAlerts(null, reading).alerts[0]!);

  it("sends the alert to verified recipients in the sandbox", async () => {
    const out = await sendEmailAlert(
      "us-east-1",
      "launchpad@alerts.example",
      ["oncall@alerts.example", "success@simulator.amazonses.com"],
      payload(),
    );
    expect(out.messageIds).toHaveLength(1);
    const sends = sim.state.region("us-east-1").sends;
    expect(sends.at(-1)?.recipients).toBe(2);
  });

  it("surfaces SES's refusals: an unverified recipient in the sandbox, and a paused account", async () => {
    await expect(sendEmailAlert("us-east-1", "launchpad@alerts.example", ["someone@elsewhere.example"], payload())).rejects.toMatchObject({
      name: "MessageRejected",
    });
    setAccount("us-east-1", { SendingEnabled: false });
    await expect(sendEmailAlert("us-east-1", "launchpad@alerts.example", ["oncall@alerts.example"], payload())).rejects.toMatchObject({
      name: "SendingPausedException",
    });
    await expect(sendEmailAlert("us-east-1", "launchpad@alerts.example", [" "], payload())).rejects.toThrow(/No recipients/);
  });
});
