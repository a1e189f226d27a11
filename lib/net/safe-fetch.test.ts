import { describe, expect, it } from "vitest";
import { useLoopbackHttpServer } from "../../test/loopback-http-server";
import { isAllowed, isPublicAddress, parseAllowList } from "./address-policy";
import { OutboundFailed, OutboundRefused, safeFetch, type Resolve } from "./safe-fetch";

describe("isPublicAddress", () => {
  it("accepts public unicast only", () => {
    for (const a of ["8.8.8.8", "54.240.0.1", "2606:4700::1"]) expect(isPublicAddress(a), a).toBe(true);
    const internal = [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "192.0.2.1",
      "198.18.0.1",
      "240.0.0.1",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd00:ec2::254",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "::ffff:169.254.169.254",
      "::7f00:1",
      "64:ff9b::a00:1",
      "2002:a00:1::",
      "2001:db8::1",
      "fec0::1",
      "not-an-address",
    ];
    for (const a of internal) expect(isPublicAddress(a), a).toBe(false);
  });

  it("matches the allow list by host name, address or range, never by wildcard", () => {
    const list = parseAllowList(" Hooks.Internal. , 10.0.0.0/8, ::1, 127.0.0.1");
    expect(isAllowed(list, "hooks.internal", "192.168.1.1")).toBe(true);
    expect(isAllowed(list, "other", "10.9.9.9")).toBe(true);
    expect(isAllowed(list, "other", "::ffff:10.9.9.9")).toBe(true);
    expect(isAllowed(list, "[::1]", "::1")).toBe(true);
    expect(isAllowed(list, "other", "127.0.0.2")).toBe(false);
    expect(isAllowed(list, "other", "169.254.169.254")).toBe(false);
    expect(isAllowed(parseAllowList("*"), "x", "127.0.0.1")).toBe(false);
    expect(() => parseAllowList("10.0.0.0/99")).toThrow();
  });
});

const server = useLoopbackHttpServer((req, res) => {
  if (req.url === "/to-metadata") res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
  else if (req.url === "/to-self") res.writeHead(301, { location: "/final" }).end();
  else if (req.url === "/big") res.end("x".repeat(100_000));
  else res.end("hello");
});
const hits = server.hits;

describe("safeFetch", () => {
  it("refuses an internal address before connecting, and allows what the admin listed", async () => {
    const before = hits.length;
    await expect(safeFetch(`${server.base()}/`, { timeoutMs: 2000, allowHosts: "" })).rejects.toBeInstanceOf(OutboundRefused);
    await expect(safeFetch(`${server.base().replace("127.0.0.1", "localhost")}/`, { timeoutMs: 2000, allowHosts: "" })).rejects.toThrow(
      /loopback/,
    );
    expect(hits.length).toBe(before);
    const res = await safeFetch(`${server.base()}/`, { timeoutMs: 2000, allowHosts: "127.0.0.1" });
    expect([res.status, res.body.toString()]).toEqual([200, "hello"]);
  });

  it("resolves once and connects to the address it checked (no DNS rebinding)", async () => {
    let calls = 0;
    // A name whose second answer would be the metadata service: only the first, checked answer is ever used.
    const resolve: Resolve = async () =>
      calls++ === 0 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "169.254.169.254", family: 4 }];
    const port = new URL(server.base()).port;
    const res = await safeFetch(`http://rebind.invalid:${port}/pinned`, { timeoutMs: 2000, allowHosts: "127.0.0.1", resolve });
    expect(res.status).toBe(200);
    expect(calls).toBe(1);
    expect(hits.at(-1)).toBe("/pinned");
    await expect(safeFetch(`http://rebind.invalid:${port}/`, { timeoutMs: 2000, allowHosts: "127.0.0.1", resolve })).rejects.toThrow(
      /linkLocal/,
    );
  });

  it("follows redirects only through the same check, and only when asked", async () => {
    await expect(
      safeFetch(`${server.base()}/to-metadata`, { timeoutMs: 2000, allowHosts: "127.0.0.1", maxRedirects: 5 }),
    ).rejects.toBeInstanceOf(OutboundRefused);
    const followed = await safeFetch(`${server.base()}/to-self`, { timeoutMs: 2000, allowHosts: "127.0.0.1", maxRedirects: 5 });
    expect([followed.status, followed.redirects, new URL(followed.url).pathname]).toEqual([200, 1, "/final"]);
    const held = await safeFetch(`${server.base()}/to-self`, { timeoutMs: 2000, allowHosts: "127.0.0.1" });
    expect(held.status).toBe(301);
    await expect(
      safeFetch(`${server.base()}/to-self`, { timeoutMs: 2000, allowHosts: "127.0.0.1", maxRedirects: 0, method: "GET" }),
    ).resolves.toMatchObject({ status: 301 });
  });

  it("keeps at most maxBodyBytes, and fails with a code when nothing answers", async () => {
    const big = await safeFetch(`${server.base()}/big`, { timeoutMs: 2000, allowHosts: "127.0.0.1", maxBodyBytes: 1000 });
    expect(big.body.length).toBe(1000);
    await expect(safeFetch("http://127.0.0.1:1/", { timeoutMs: 2000, allowHosts: "127.0.0.1" })).rejects.toMatchObject({
      name: "OutboundFailed",
      code: "ECONNREFUSED",
    });
    await expect(safeFetch("file:///etc/passwd", { timeoutMs: 2000, allowHosts: "" })).rejects.toBeInstanceOf(OutboundRefused);
    expect(OutboundFailed).toBeDefined();
  });
});
