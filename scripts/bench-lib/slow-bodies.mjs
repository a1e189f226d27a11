// The slow-body attack of the "Secure by default" review, for `npm run bench`: anonymous clients send a request's
// headers, then its body a byte at a time, while a user opens /api/health and the sign-in page.
import { connect } from "node:net";
import { median } from "./server.mjs";

/**
 * Opens `clients` connections trickling POST bodies (half to /api/sns, half to /sign-in), then times `runs` GETs
 * of each of `paths` one after another; an answer that does not come within 30 s counts as 30 s.
 * Resolves with the median milliseconds per path.
 */
export async function timeUnderSlowBodies(port, { clients = 16, runs = 5, paths = ["/api/health", "/sign-in"] } = {}) {
  const sockets = Array.from({ length: clients }, (_, i) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    socket.write(
      `POST ${i % 2 ? "/sign-in" : "/api/sns"} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n`,
    );
    const timer = setInterval(() => (socket.writable ? socket.write("x") : clearInterval(timer)), 200);
    socket.on("close", () => clearInterval(timer));
    return socket;
  });
  await new Promise((r) => setTimeout(r, 500));
  const result = {};
  for (const path of paths) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
      await res?.text();
      times.push(res ? performance.now() - t0 : 30_000);
    }
    result[path] = median(times);
  }
  sockets.forEach((s) => s.destroy());
  return result;
}
