import http from "node:http";
import type { AddressInfo } from "node:net";

/** Client options every contract test uses: real SDK, simulated endpoint, no retries so errors surface at once. */
export function clientConfig(url: string, region = "us-east-1") {
  return { region, endpoint: url, credentials: { accessKeyId: "AKIDSIMULATED", secretAccessKey: "simulated" }, maxAttempts: 1 };
}

/** Runs a promise expected to reject and returns the error for assertions. */
export async function failure(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number }; Code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { $metadata?: { httpStatusCode?: number } };
  }
  throw new Error("expected the call to fail");
}

export type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A local webhook receiver standing in for the dashboard's SNS endpoint. */
export async function startReceiver(): Promise<{
  url: string;
  received: Received[];
  next(type: string, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.end("ok");
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sns`;
  let consumed = 0;
  return {
    url,
    received,
    async next(type, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const i = received.findIndex((r, idx) => idx >= consumed && r.headers["x-amz-sns-message-type"] === type);
        if (i >= 0) {
          consumed = i + 1;
          return received[i] as Received;
        }
        if (Date.now() > deadline) throw new Error(`no ${type} delivery within ${timeoutMs} ms`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
