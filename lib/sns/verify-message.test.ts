import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCertificateLoader } from "./certificate-loader";
import { downloadCertificate } from "./download-certificate";
import { makeTestNotifications, type Envelope } from "../../test/make-test-notifications";
import { verifySnsMessage, type VerifyOptions } from "./verify-message";

const t = makeTestNotifications();
const trusted: VerifyOptions = { trustedCertificates: t.trustedCertificates };
const body = (e: Envelope) => JSON.stringify(e);

describe("signatures (certificate trusted explicitly)", () => {
  for (const version of ["1", "2"] as const) {
    it(`accepts SignatureVersion ${version} for every message type`, async () => {
      for (const env of [
        t.notification({ signatureVersion: version, subject: "Amazon SES Email Event Notification" }),
        t.notification({ signatureVersion: version }),
        t.confirmation("SubscriptionConfirmation", { signatureVersion: version }),
        t.confirmation("UnsubscribeConfirmation", { signatureVersion: version }),
      ]) {
        const r = await verifySnsMessage(body(env), trusted);
        expect(r, env.Type).toMatchObject({ ok: true, message: { Type: env.Type, MessageId: env.MessageId, SignatureVersion: version } });
      }
    });

    it(`refuses a change in any field of the Notification string to sign (v${version})`, async () => {
      const env = t.notification({ signatureVersion: version, subject: "Bounce", message: "line one\nline two" });
      const later = new Date(Date.parse(env.Timestamp!) + 1).toISOString();
      const changes: Envelope[] = [
        { ...env, Message: "line one\nline two!" },
        { ...env, MessageId: `${env.MessageId}0` },
        { ...env, Subject: "Bounce." },
        { ...env, Timestamp: later },
        { ...env, TopicArn: `${env.TopicArn}-other` },
      ];
      const { Subject: _dropped, ...withoutSubject } = env;
      changes.push(withoutSubject);
      for (const changed of changes)
        expect(await verifySnsMessage(body(changed), trusted)).toMatchObject({ ok: false, reason: "bad-signature" });
      // Fields outside the string to sign may differ: SNS does not sign them.
      expect((await verifySnsMessage(body({ ...env, UnsubscribeURL: "https://example.com/" }), trusted)).ok).toBe(true);
      // A Subject added to a message signed without one is a change too.
      const plain = t.notification({ signatureVersion: version });
      expect(await verifySnsMessage(body({ ...plain, Subject: "x" }), trusted)).toMatchObject({ ok: false, reason: "bad-signature" });
    });

    it(`refuses a change in any field of the confirmation string to sign (v${version})`, async () => {
      const env = t.confirmation("SubscriptionConfirmation", { signatureVersion: version });
      const changes: Envelope[] = [
        { ...env, Message: `${env.Message} ` },
        { ...env, MessageId: `${env.MessageId}0` },
        { ...env, SubscribeURL: `${env.SubscribeURL}&x=1` },
        { ...env, Timestamp: new Date(Date.parse(env.Timestamp!) - 1).toISOString() },
        { ...env, Token: `${env.Token}0` },
        { ...env, TopicArn: `${env.TopicArn}-other` },
        { ...env, Type: "UnsubscribeConfirmation" },
      ];
      for (const changed of changes)
        expect(await verifySnsMessage(body(changed), trusted)).toMatchObject({ ok: false, reason: "bad-signature" });
    });
  }

  it("refuses another key's signature, random bytes and a signature of the other version", async () => {
    for (let v = 0; v < 3; v++)
      expect(await verifySnsMessage(body(t.badSignature(v)), trusted)).toMatchObject({ ok: false, reason: "bad-signature" });
    const v1 = t.notification({ signatureVersion: "1" });
    expect(await verifySnsMessage(body({ ...v1, SignatureVersion: "2" }), trusted)).toMatchObject({ ok: false, reason: "bad-signature" });
  });

  it("refuses malformed bodies before anything else", async () => {
    for (let v = 0; v < 8; v++)
      expect(await verifySnsMessage(t.malformedBody(v), trusted)).toMatchObject({ ok: false, reason: "malformed" });
    expect(await verifySnsMessage(body({ ...t.notification(), SignatureVersion: "3" }), trusted)).toMatchObject({
      ok: false,
      reason: "malformed",
    });
  });

  it("refuses timestamps outside the replay window, which is configurable", async () => {
    const now = Date.now();
    const old = t.notification({ timestamp: new Date(now - 3_601_000) });
    expect(await verifySnsMessage(body(old), { ...trusted, now })).toMatchObject({ ok: false, reason: "stale-timestamp" });
    expect((await verifySnsMessage(body(old), { ...trusted, now, maxAgeMs: 2 * 3_600_000 })).ok).toBe(true);
    const recent = t.notification({ timestamp: new Date(now - 3_500_000) });
    expect((await verifySnsMessage(body(recent), { ...trusted, now })).ok).toBe(true);
    const future = t.notification({ timestamp: new Date(now + 600_000) });
    expect(await verifySnsMessage(body(future), { ...trusted, now })).toMatchObject({ ok: false, reason: "stale-timestamp" });
  });

  it("refuses topics outside the allow-list when one is given", async () => {
    const env = t.notification();
    expect(await verifySnsMessage(body(env), { ...trusted, allowedTopicArns: ["arn:aws:sns:us-east-1:111122223333:other"] })).toMatchObject(
      { ok: false, reason: "topic-not-allowed" },
    );
    expect((await verifySnsMessage(body(env), { ...trusted, allowedTopicArns: [t.topicArn] })).ok).toBe(true);
  });

  it("trusts only the exact certificate URL it was given", async () => {
    const env = { ...t.notification(), SigningCertURL: `${t.certificateUrl}?x` };
    expect(await verifySnsMessage(body(env), trusted)).toMatchObject({ ok: false, reason: "certificate-url-refused" });
  });
});

/** A stand-in for sns.<region>.amazonaws.com: the loader's download is pointed at it after the URL checks. */
describe("certificate download (SNS host rules, redirects, timeouts, cache)", () => {
  let server: http.Server;
  let base: string;
  const requests: string[] = [];
  const name = (word: string) => `SimpleNotificationService-${word.padEnd(32, "0")}.pem`;
  const certUrl = (word: string, host = "sns.us-east-1.amazonaws.com") => `https://${host}/${name(word)}`;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? "");
      const path = req.url ?? "";
      if (path.endsWith(name("good"))) return void res.end(t.certificatePem);
      if (path.endsWith(name("redirect"))) return void res.writeHead(302, { location: `/${name("good")}` }).end();
      if (path.endsWith(name("slow"))) return; // never answers
      if (path.endsWith(name("big"))) return void res.end("x".repeat(100_000));
      if (path.endsWith(name("garbage"))) return void res.end("-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n");
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const loader = () => {
    const downloads: string[] = [];
    const l = createCertificateLoader({
      timeoutMs: 300,
      download: (url, opts) => {
        downloads.push(url);
        return downloadCertificate(url.replace(/^https:\/\/[^/]+/, base), opts);
      },
    });
    return { downloads, options: { certificateLoader: l } satisfies VerifyOptions };
  };
  const withCert = (url: string, env: Envelope = t.notification()) => body({ ...env, SigningCertURL: url });

  it("fetches the certificate from an SNS host once and caches it, sharing concurrent downloads", async () => {
    const { downloads, options } = loader();
    const results = await Promise.all([1, 2, 3].map(() => verifySnsMessage(withCert(certUrl("good")), options)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect((await verifySnsMessage(withCert(certUrl("good"), t.confirmation("SubscriptionConfirmation")), options)).ok).toBe(true);
    expect(downloads).toEqual([certUrl("good")]);
  });

  it("refuses other hosts, http, ports, queries and odd paths without fetching anything", async () => {
    const { downloads, options } = loader();
    const refused = [
      certUrl("good").replace("https:", "http:"),
      certUrl("good", "sns.us-east-1.amazonaws.com.evil.example"),
      certUrl("good", "evil.example"),
      certUrl("good", "s3.amazonaws.com"),
      certUrl("good", "sns.amazonaws.com"),
      certUrl("good", "sns.us-east-1.amazonaws.com:8443"),
      certUrl("good", "user@sns.us-east-1.amazonaws.com"),
      `${certUrl("good")}?a=b`,
      `${certUrl("good")}#x`,
      "https://sns.us-east-1.amazonaws.com/bucket/cert.pem",
      `${base}/${name("good")}`,
      "not a url",
    ];
    for (const url of refused)
      expect(await verifySnsMessage(withCert(url), options), url).toMatchObject({ ok: false, reason: "certificate-url-refused" });
    // A certificate host in another region than the topic.
    expect(await verifySnsMessage(withCert(certUrl("good", "sns.eu-west-1.amazonaws.com")), options)).toMatchObject({
      ok: false,
      reason: "certificate-url-refused",
    });
    expect(downloads).toEqual([]);
  });

  it("accepts China-region hosts by the same rules", async () => {
    const cn = makeTestNotifications({ region: "cn-north-1", topicArn: "arn:aws-cn:sns:cn-north-1:111122223333:feedback" });
    const { downloads, options } = loader();
    const r = await verifySnsMessage(withCert(certUrl("cnhost", "sns.cn-north-1.amazonaws.com.cn"), cn.notification()), options);
    // Reaches the download (404 from the stand-in), which shows the URL passed the rules.
    expect(r).toMatchObject({ ok: false, reason: "certificate-unavailable" });
    expect(downloads).toHaveLength(1);
  });

  it("does not follow a redirect", async () => {
    const { options } = loader();
    requests.length = 0;
    const r = await verifySnsMessage(withCert(certUrl("redirect")), options);
    expect(r).toMatchObject({ ok: false, reason: "certificate-unavailable" });
    expect(r.ok ? "" : r.detail).toMatch(/redirect/);
    expect(requests).toEqual([`/${name("redirect")}`]);
  });

  it("gives up after the timeout and retries on the next message", async () => {
    const { downloads, options } = loader();
    const started = Date.now();
    const r = await verifySnsMessage(withCert(certUrl("slow")), options);
    expect(r).toMatchObject({ ok: false, reason: "certificate-unavailable" });
    expect(r.ok ? "" : r.detail).toMatch(/within 300 ms/);
    expect(Date.now() - started).toBeLessThan(2_000);
    await verifySnsMessage(withCert(certUrl("slow")), options);
    expect(downloads).toHaveLength(2);
  });

  it("refuses answers that are not a certificate: 404, oversized, unparsable", async () => {
    const { options } = loader();
    for (const word of ["missing", "big", "garbage"]) {
      expect(await verifySnsMessage(withCert(certUrl(word)), options), word).toMatchObject({
        ok: false,
        reason: "certificate-unavailable",
      });
    }
  });

  it("checks the timestamp before fetching", async () => {
    const { downloads, options } = loader();
    const old = t.notification({ timestamp: new Date(Date.now() - 2 * 3_600_000) });
    expect(await verifySnsMessage(withCert(certUrl("good"), old), options)).toMatchObject({ ok: false, reason: "stale-timestamp" });
    expect(downloads).toEqual([]);
  });
});
