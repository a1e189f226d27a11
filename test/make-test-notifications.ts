import { randomBytes, randomUUID } from "node:crypto";
import { createSnsSigner } from "../sim/aws/sns-signing";
import { trustCertificatesExplicitly, type TrustedCertificates } from "../lib/sns/trusted-certificates";

/*
 * TEST-ONLY. Builds signed SNS deliveries with a key and certificate made at runtime, for unit tests and the
 * webhook load test. Nothing here is trusted unless the caller passes `trustedCertificates` to the verifier.
 */

export type Envelope = Record<string, string>;
export type TestDeliveryKind = "valid" | "duplicate" | "bad-signature" | "malformed";
export type TestDelivery = { kind: TestDeliveryKind; body: string; messageId?: string };

export type NotificationInput = {
  message?: string;
  subject?: string;
  signatureVersion?: "1" | "2";
  timestamp?: Date;
  messageId?: string;
  topicArn?: string;
};

export type LoadMixOptions = { count: number; duplicateRate?: number; badSignatureRate?: number; malformedRate?: number; seed?: number };

/** An SES identity-notification payload (notificationType), unique per call unless a mail messageId is given. */
export function sesNotificationPayload(
  kind: "Bounce" | "Complaint" | "Delivery",
  address: string,
  mailMessageId = `0100${randomUUID()}-000000`,
  at = new Date(),
): string {
  const ts = at.toISOString();
  const body =
    kind === "Bounce"
      ? {
          bounce: {
            bounceType: "Permanent",
            bounceSubType: "General",
            bouncedRecipients: [
              { emailAddress: address, action: "failed", status: "5.1.1", diagnosticCode: "smtp; 550 5.1.1 user unknown" },
            ],
            timestamp: ts,
            feedbackId: randomUUID(),
          },
        }
      : kind === "Complaint"
        ? {
            complaint: {
              complainedRecipients: [{ emailAddress: address }],
              timestamp: ts,
              feedbackId: randomUUID(),
              complaintFeedbackType: "abuse",
            },
          }
        : { delivery: { timestamp: ts, processingTimeMillis: 500, recipients: [address], smtpResponse: "250 2.6.0 Message received" } };
  const mail = {
    timestamp: ts,
    messageId: mailMessageId,
    source: "ops@example.org",
    sourceArn: "arn:aws:ses:us-east-1:111122223333:identity/example.org",
    sendingAccountId: "111122223333",
    destination: [address],
  };
  return JSON.stringify({ notificationType: kind, ...body, mail });
}

/** Deterministic so that a load test run can be repeated exactly (mulberry32). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeTestNotifications(options: { region?: string; topicArn?: string } = {}) {
  const region = options.region ?? "us-east-1";
  const topicArn = options.topicArn ?? `arn:aws:sns:${region}:111122223333:ses-launchpad-feedback`;
  const signer = createSnsSigner();
  // A second key whose signatures look right in every way but are made by someone else.
  const forger = createSnsSigner();
  const certificateUrl = `https://sns.${region}.amazonaws.com/SimpleNotificationService-${randomBytes(16).toString("hex")}.pem`;
  const trustedCertificates: TrustedCertificates = trustCertificatesExplicitly([[certificateUrl, signer.certificatePem]]);

  const sign = (envelope: Envelope): Envelope => signer.sign(envelope);

  function notification(input: NotificationInput = {}): Envelope {
    return sign({
      Type: "Notification",
      MessageId: input.messageId ?? randomUUID(),
      TopicArn: input.topicArn ?? topicArn,
      ...(input.subject !== undefined ? { Subject: input.subject } : {}),
      Message: input.message ?? sesNotificationPayload("Bounce", `user-${randomBytes(4).toString("hex")}@example.net`),
      Timestamp: (input.timestamp ?? new Date()).toISOString(),
      SignatureVersion: input.signatureVersion ?? "2",
      SigningCertURL: certificateUrl,
      UnsubscribeURL: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(`${topicArn}:${randomUUID()}`)}`,
    });
  }

  function confirmation(
    type: "SubscriptionConfirmation" | "UnsubscribeConfirmation",
    input: { token?: string; topicArn?: string; signatureVersion?: "1" | "2"; timestamp?: Date } = {},
  ): Envelope {
    const arn = input.topicArn ?? topicArn;
    const token = input.token ?? randomBytes(64).toString("hex");
    return sign({
      Type: type,
      MessageId: randomUUID(),
      Token: token,
      TopicArn: arn,
      Message:
        type === "SubscriptionConfirmation"
          ? `You have chosen to subscribe to the topic ${arn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`
          : `You have chosen to deactivate subscription ${arn}:${randomUUID()}.\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message.`,
      SubscribeURL: `https://sns.${region}.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(arn)}&Token=${token}`,
      Timestamp: (input.timestamp ?? new Date()).toISOString(),
      SignatureVersion: input.signatureVersion ?? "2",
      SigningCertURL: certificateUrl,
    });
  }

  /** Three ways a signature goes wrong: another key, a field changed after signing, and bytes that are not a signature. */
  function badSignature(variant: number, input: NotificationInput = {}): Envelope {
    const good = notification(input);
    if (variant % 3 === 0) return forger.sign(good);
    if (variant % 3 === 1) return { ...good, Message: `${good.Message} ` };
    return { ...good, Signature: randomBytes(256).toString("base64") };
  }

  /** Bodies that are not SNS messages at all. */
  function malformedBody(variant: number): string {
    const good = notification();
    const variants = [
      "",
      "not json",
      JSON.stringify(good).slice(0, 120),
      JSON.stringify([good]),
      JSON.stringify({ ...good, Type: "Telegram" }),
      JSON.stringify({ ...good, Signature: undefined }),
      JSON.stringify({ ...good, Timestamp: "yesterday" }),
      `Action=Publish&Message=${encodeURIComponent(good.Message ?? "")}`,
    ];
    return variants[variant % variants.length]!;
  }

  /**
   * A shuffled sequence of deliveries: valid notifications, exact re-deliveries of earlier valid ones (as SNS
   * retries), bad signatures and malformed bodies, in the given proportions.
   */
  function loadMix({ count, duplicateRate = 0.1, badSignatureRate = 0.1, malformedRate = 0.05, seed = 1 }: LoadMixOptions): TestDelivery[] {
    const random = seededRandom(seed);
    const duplicates = Math.round(count * duplicateRate);
    const bad = Math.round(count * badSignatureRate);
    const malformed = Math.round(count * malformedRate);
    const valid = count - duplicates - bad - malformed;
    if (valid < 1) throw new Error("loadMix: the rates leave no valid messages");
    const out: TestDelivery[] = [];
    for (let i = 0; i < valid; i++) {
      const env = notification();
      out.push({ kind: "valid", body: JSON.stringify(env), messageId: env.MessageId });
    }
    for (let i = 0; i < bad; i++) out.push({ kind: "bad-signature", body: JSON.stringify(badSignature(i)) });
    for (let i = 0; i < malformed; i++) out.push({ kind: "malformed", body: malformedBody(i) });
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    // Each duplicate goes somewhere after its original: half right behind it (concurrent retries), half later.
    const validIndexes = out.flatMap((d, i) => (d.kind === "valid" ? [i] : []));
    const inserts: Array<{ at: number; delivery: TestDelivery }> = [];
    for (let i = 0; i < duplicates; i++) {
      const from = validIndexes[Math.floor(random() * validIndexes.length)]!;
      const original = out[from]!;
      const at = random() < 0.5 ? from + 1 : from + 1 + Math.floor(random() * (out.length - from));
      inserts.push({ at, delivery: { kind: "duplicate", body: original.body, messageId: original.messageId } });
    }
    inserts.sort((a, b) => b.at - a.at);
    for (const { at, delivery } of inserts) out.splice(at, 0, delivery);
    return out;
  }

  return {
    region,
    topicArn,
    certificateUrl,
    certificatePem: signer.certificatePem,
    trustedCertificates,
    sign,
    notification,
    confirmation,
    badSignature,
    malformedBody,
    loadMix,
  };
}

export type TestNotifications = ReturnType<typeof makeTestNotifications>;
