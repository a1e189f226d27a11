import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeStandInServer } from "./stand-in-server";

// The dashboard's HTTP front (scripts/serve-requests.mjs) in a server process started as scripts/start.mjs starts
// it, with a stand-in for Next.js that reads the whole body like its route handlers and renders for 20 ms.
// A request with `x-hold: 1` renders until the test writes "release" to the server's stdin.
const script = writeStandInServer(
  "front",
  `const held = [];
process.stdin.on("data", () => held.splice(0).forEach((answer) => answer()));
const handle = (req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const answer = () => res.end(req.method + " " + req.url + " " + Buffer.concat(chunks).length);
    if (req.headers["x-hold"]) held.push(answer);
    else setTimeout(answer, 20);
  });
};
const server = createDashboardServer(handle, JSON.parse(process.argv[2]));
server.listen(0, "127.0.0.1", () => console.log("port " + server.address().port));
`,
  { createDashboardServer: "scripts/serve-requests.mjs" },
);

type Server = { port: number; child: ChildProcess; release(): void };
const servers: Server[] = [];
const sockets: Socket[] = [];
afterAll(() => {
  sockets.forEach((s) => s.destroy());
  servers.forEach((s) => s.child.kill());
});

async function startFront(options: object): Promise<Server> {
  const { NODE_OPTIONS: _n, LAUNCHPAD_SERVER_RUNTIME: _l, ...env } = process.env;
  const child = spawn(process.execPath, [script, JSON.stringify(options)], { env, stdio: ["pipe", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve) =>
    child.stdout!.on("data", (d: Buffer) => /port (\d+)/.test(String(d)) && resolve(Number(RegExp.$1))),
  );
  const server = { port, child, release: () => void child.stdin!.write("release\n") };
  servers.push(server);
  return server;
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; ms: number };
/** One request on its own connection; rejects when no answer came within `timeoutMs`. */
function send(port: number, urlPath: string, { method = "GET", body = "", headers = {}, timeoutMs = 5000 } = {}): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: urlPath, method, headers, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, headers: res.headers, ms: performance.now() - t0 });
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${urlPath}: no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** A raw connection that sends its request's headers, then a byte of its 100 kB body every 200 ms. */
function trickle(port: number, urlPath: string): { socket: Socket; received: () => string } {
  const socket = connect(port, "127.0.0.1");
  sockets.push(socket);
  let received = "";
  socket.on("data", (d) => (received += d));
  socket.on("error", () => {});
  socket.write(`POST ${urlPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n`);
  const timer = setInterval(() => (socket.writable ? socket.write("x") : clearInterval(timer)), 200);
  socket.on("close", () => clearInterval(timer));
  return { socket, received: () => received };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the dashboard's HTTP front under slow and oversized requests", () => {
  it("answers /api/health and a page within a second while 16 anonymous clients trickle request bodies", async () => {
    const { port } = await startFront({ maxConcurrent: 8 });
    for (let i = 0; i < 8; i++) trickle(port, "/api/sns");
    for (let i = 0; i < 8; i++) trickle(port, "/sign-in");
    await settle(300);
    const [health, page] = await Promise.all([send(port, "/api/health", { timeoutMs: 2000 }), send(port, "/sign-in", { timeoutMs: 2000 })]);
    expect([health.status, page.status]).toEqual([200, 200]);
    expect(Math.max(health.ms, page.ms)).toBeLessThan(1000);
  });

  it("keeps pages answering while webhook deliveries hold every slot of their own lane", async () => {
    const server = await startFront({ maxConcurrent: 8 });
    const deliveries = Array.from({ length: 20 }, () =>
      send(server.port, "/api/sns", { method: "POST", body: "{}", headers: { "x-hold": "1" }, timeoutMs: 10_000 }),
    );
    await settle(300);
    const page = await send(server.port, "/sign-in", { timeoutMs: 2000 });
    expect(page.status).toBe(200);
    expect(page.ms).toBeLessThan(1000);
    // Each release answers the two in the lane's slots; the queued ones follow.
    const releasing = setInterval(server.release, 50);
    const statuses = await Promise.all(deliveries.map((d) => d.then((a) => a.status))).finally(() => clearInterval(releasing));
    // The lane's slots and queue took some; the rest were told to come back later, which SNS does.
    expect(new Set(statuses)).toEqual(new Set([200, 503]));
  });

  it("refuses a chunked webhook body with 413 as soon as it passes 1 MiB, without reading the rest", async () => {
    const { port } = await startFront({ maxConcurrent: 8 });
    const socket = connect(port, "127.0.0.1");
    sockets.push(socket);
    socket.on("error", () => {});
    let received = "";
    socket.on("data", (d) => (received += d));
    socket.write(`POST /api/sns HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, "x");
    let sent = 0;
    while (!received && sent < 8 * 1024 * 1024 && socket.writable) {
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      socket.write("\r\n");
      sent += chunk.length;
      await settle(5);
    }
    await settle(200);
    expect(received).toMatch(/^HTTP\/1\.1 413/);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it("closes a body that is not complete by its deadline with 408", async () => {
    const { port } = await startFront({ maxConcurrent: 2, bodyDeadlineMs: 1000 });
    const slow = trickle(port, "/sign-in");
    const closed = await new Promise<number>((resolve) => {
      const t0 = performance.now();
      slow.socket.on("close", () => resolve(performance.now() - t0));
    });
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(closed).toBeGreaterThan(900);
    expect(closed).toBeLessThan(2500);
  });

  it("answers 503 with Retry-After when every slot is busy and the queue is full", async () => {
    const server = await startFront({ maxConcurrent: 2, maxQueued: 2 });
    const held = Array.from({ length: 4 }, () => send(server.port, "/", { headers: { "x-hold": "1" }, timeoutMs: 10_000 }));
    await settle(300);
    const refused = await send(server.port, "/api/health", { timeoutMs: 2000 });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    server.release();
    await settle(100);
    server.release(); // the two that waited in the queue
    expect((await Promise.all(held)).map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });
});
