import { describe, expect, it } from "vitest";
import { mutationRequestRefusal, type MutationRequest } from "./cross-site-policy";

const own: MutationRequest = {
  method: "POST",
  origin: "http://dash.example:3000",
  secFetchSite: "same-origin",
  contentType: "application/json",
  host: "dash.example:3000",
};
const verdict = (change: Partial<MutationRequest>) => mutationRequestRefusal({ ...own, ...change })?.status ?? "ok";

describe("cross-site policy for JSON mutations", () => {
  it("accepts JSON from the dashboard's own origin", () => {
    expect(verdict({})).toBe("ok");
    expect(verdict({ contentType: "application/json; charset=utf-8" })).toBe("ok");
    expect(verdict({ origin: "http://DASH.example:3000" })).toBe("ok");
  });

  it("refuses pages of the same site but another origin: other port, sibling subdomain", () => {
    for (const origin of [
      "http://dash.example:3001",
      "http://evil.dash.example:3000",
      "http://evil.test",
      "null",
      "not a url",
      "file:///x",
    ]) {
      expect(verdict({ origin }), origin).toBe(403);
    }
  });

  it("with APP_URL, only its origin counts, whatever Host the request carried", () => {
    const behindProxy = { appUrl: "https://launchpad.example.com/", host: "127.0.0.1:3000" };
    expect(verdict({ ...behindProxy, origin: "https://launchpad.example.com" })).toBe("ok");
    expect(verdict({ ...behindProxy, origin: "http://127.0.0.1:3000" })).toBe(403);
    expect(verdict({ ...behindProxy, origin: "http://launchpad.example.com" })).toBe(403);
  });

  it("without Origin, trusts only a same-origin or user-initiated Sec-Fetch-Site, or a client that is no browser", () => {
    expect(verdict({ origin: null, secFetchSite: "same-origin" })).toBe("ok");
    expect(verdict({ origin: null, secFetchSite: "none" })).toBe("ok");
    expect(verdict({ origin: null, secFetchSite: null })).toBe("ok");
    expect(verdict({ origin: null, secFetchSite: "same-site" })).toBe(403);
    expect(verdict({ origin: null, secFetchSite: "cross-site" })).toBe(403);
  });

  it("reads only JSON bodies: the encodings a form can send are refused with 415", () => {
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      null,
    ]) {
      expect(verdict({ contentType }), String(contentType)).toBe(415);
    }
    expect(verdict({ method: "DELETE", contentType: null })).toBe("ok");
    expect(verdict({ method: "DELETE", contentType: "text/plain" })).toBe(415);
  });

  it("checks the origin before the body, so a foreign page learns nothing more", () => {
    expect(verdict({ origin: "http://evil.test", contentType: "text/plain" })).toBe(403);
  });
});
