import { describe, expect, it } from "vitest";
import { useLoopbackHttpServer } from "../../test/loopback-http-server";
import { probeWebsite } from "./probe-website";

const server = useLoopbackHttpServer((req, res) => {
  if (req.url === "/metadata") res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam/" }).end();
  else if (req.url === "/moved") res.writeHead(301, { location: "/" }).end();
  else res.end("<title>Dentbook</title><a href='/privacy'>Privacy</a> Sign up");
});
const hits = server.hits;

describe("probeWebsite", () => {
  it("does not fetch an internal address, by name or by number", async () => {
    for (const url of [
      `${server.base()}/`,
      `${server.base().replace("127.0.0.1", "localhost")}/`,
      "http://[::ffff:7f00:1]/",
      "http://169.254.169.254/latest/meta-data/",
    ]) {
      expect(await probeWebsite(url, { allowHosts: "" }), url).toMatchObject({
        ok: false,
        error: expect.stringMatching(/inside the network/),
      });
    }
    expect(hits).toEqual([]);
  });

  it("follows redirects through the same check: an allowed site cannot bounce the probe to the metadata service", async () => {
    const ok = await probeWebsite(`${server.base()}/moved`, { allowHosts: "127.0.0.1" });
    expect(ok).toMatchObject({ ok: true, redirects: 1, page: { title: "Dentbook", privacy: true } });
    expect(await probeWebsite(`${server.base()}/metadata`, { allowHosts: "127.0.0.1" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/169\.254\.169\.254 is inside the network/),
    });
  });
});
