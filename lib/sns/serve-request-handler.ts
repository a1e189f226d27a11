import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * TEST AND BENCH ONLY: a plain node:http server in front of a route handler (Request → Response), so SNS (the
 * simulator) or a load generator can reach the real handler over loopback without a Next.js build.
 */
export async function serveRequestHandler(
  handler: (req: Request) => Promise<Response>,
  port = 0,
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      try {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
        const body = Buffer.concat(chunks);
        const response = await handler(
          new Request(`http://127.0.0.1${req.url ?? "/"}`, {
            method: req.method,
            headers,
            body: req.method === "GET" || req.method === "HEAD" ? undefined : body,
          }),
        );
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch (e) {
        res.writeHead(500).end(e instanceof Error ? e.message : String(e));
      }
    });
  });
  // Longer than any client idles between requests, so a load generator never reuses a socket the server just closed.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
