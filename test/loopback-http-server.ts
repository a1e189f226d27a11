import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

/**
 * A web server on 127.0.0.1 for the file's tests, answering with `handler`; it records each request's path.
 * The outbound-request tests aim at it to prove what is fetched, and what is refused before connecting.
 */
export function useLoopbackHttpServer(handler: http.RequestListener): { base: () => string; hits: string[] } {
  const hits: string[] = [];
  let server: http.Server;
  let base = "";
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? "");
      handler(req, res);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  return { base: () => base, hits };
}
