import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stringToSign as simStringToSign } from "../../sim/aws/sns-signing";
import { buildStringToSign } from "./build-string-to-sign";
import { checkSigningCertUrl } from "./check-signing-cert-url";
import { parseSnsBody } from "./parse-sns-body";
import { isTopicAllowed, parseTopicArn } from "./parse-topic-arn";

const SNS_DIR = path.join(import.meta.dirname, "../../test/fixtures/aws/sns");
const fixtures = readdirSync(SNS_DIR).filter((f) => f.endsWith(".http.json"));

describe("parseSnsBody and buildStringToSign on the shared SNS deliveries", () => {
  it.each(fixtures)("%s parses from its raw text and signs the documented keys", (file) => {
    const { body } = JSON.parse(readFileSync(path.join(SNS_DIR, file), "utf8")) as { body: string };
    const parsed = parseSnsBody(body);
    if (!parsed.ok) throw new Error(parsed.detail);
    const raw = JSON.parse(body) as Record<string, string>;
    expect(parsed.message.Type).toBe(raw.Type);
    // The simulator's builder is written separately; both must agree byte for byte.
    expect(buildStringToSign(parsed.message)).toBe(simStringToSign(raw));
    const lines = buildStringToSign(parsed.message).split("\n");
    const keys = lines.filter((_, i) => i % 2 === 0).slice(0, -1);
    const expected =
      raw.Type === "Notification"
        ? ["Message", "MessageId", ...(raw.Subject ? ["Subject"] : []), "Timestamp", "TopicArn", "Type"]
        : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
    if (!raw.Message?.includes("\n")) expect(keys).toEqual(expected);
  });

  it("builds the AWS documentation's example exactly", () => {
    const parsed = parseSnsBody(
      JSON.stringify({
        Type: "Notification",
        MessageId: "m-1",
        TopicArn: "arn:aws:sns:us-east-1:111122223333:t",
        Message: "a\nb",
        Timestamp: "2026-11-20T10:00:00.000Z",
        SignatureVersion: "1",
        Signature: "AAAA",
        SigningCertURL: "https://x",
      }),
    );
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(buildStringToSign(parsed.message)).toBe(
      "Message\na\nb\nMessageId\nm-1\nTimestamp\n2026-11-20T10:00:00.000Z\nTopicArn\narn:aws:sns:us-east-1:111122223333:t\nType\nNotification\n",
    );
  });

  it("treats a null Subject as absent", () => {
    const base = {
      Type: "Notification",
      MessageId: "m",
      TopicArn: "arn:aws:sns:us-east-1:111122223333:t",
      Message: "x",
      Timestamp: "2026-11-20T10:00:00Z",
      SignatureVersion: "2",
      Signature: "AAAA",
      SigningCertURL: "u",
    };
    const parsed = parseSnsBody(JSON.stringify({ ...base, Subject: null }));
    expect(parsed.ok && buildStringToSign(parsed.message)).not.toContain("Subject");
  });

  it("names what is wrong with a malformed body", () => {
    expect(parseSnsBody("{")).toEqual({ ok: false, reason: "malformed", detail: "body is not JSON" });
    expect(parseSnsBody(JSON.stringify({ Type: "Notification" }))).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^MessageId/),
    });
    expect(parseSnsBody("x".repeat(1024 * 1024 + 1))).toMatchObject({ ok: false, detail: "body larger than 1 MiB" });
  });
});

describe("checkSigningCertUrl", () => {
  it("accepts SNS hosts of any region and returns the region", () => {
    expect(
      checkSigningCertUrl("https://sns.eu-central-1.amazonaws.com/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem"),
    ).toEqual({ ok: true, region: "eu-central-1" });
    expect(
      checkSigningCertUrl("https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem"),
    ).toEqual({ ok: true, region: "us-gov-west-1" });
    expect(
      checkSigningCertUrl("https://sns.cn-northwest-1.amazonaws.com.cn/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem"),
    ).toEqual({ ok: true, region: "cn-northwest-1" });
  });
});

describe("parseTopicArn", () => {
  it("splits an ARN and rejects other services", () => {
    expect(parseTopicArn("arn:aws:sns:us-east-1:111122223333:ses-bounces")).toEqual({
      partition: "aws",
      region: "us-east-1",
      accountId: "111122223333",
      name: "ses-bounces",
    });
    expect(parseTopicArn("arn:aws-cn:sns:cn-north-1:111122223333:x")?.region).toBe("cn-north-1");
    expect(parseTopicArn("arn:aws:sqs:us-east-1:111122223333:q")).toBeUndefined();
    expect(isTopicAllowed("arn:aws:sns:us-east-1:111122223333:a", ["arn:aws:sns:us-east-1:111122223333:a"])).toBe(true);
    expect(isTopicAllowed("arn:aws:sns:us-east-1:111122223333:a", ["arn:aws:sns:us-east-1:444455556666:a"])).toBe(false);
  });
});
