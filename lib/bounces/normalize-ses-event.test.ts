import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeSesEvent } from "./normalize-ses-event";
import { readSesMessage } from "./read-ses-message";
import type { SesEvent } from "./ses-event";
import { AWS_TESTDATA, readPayload, sesPayloadFiles } from "./test-payloads";

function normalized(payload: unknown): SesEvent {
  const r = normalizeSesEvent(payload);
  if (!r.ok) throw new Error(r.detail);
  return r.event;
}

/** The recipients each payload names, read the way SES documents them per type. */
function payloadRecipients(p: Record<string, any>): string[] {
  const list = p.bounce?.bouncedRecipients ?? p.complaint?.complainedRecipients ?? p.deliveryDelay?.delayedRecipients;
  if (list) return list.map((r: { emailAddress: string }) => r.emailAddress);
  return p.delivery?.recipients ?? p.mail.destination;
}

describe("normalizeSesEvent on every shared SES payload", () => {
  it.each(sesPayloadFiles())("%s", (file) => {
    const p = readPayload(file);
    const e = normalized(p);
    const type: string = p.eventType ?? p.notificationType;
    expect(e.kind).toBe(type === "DeliveryDelay" ? "delivery-delay" : type.toLowerCase());
    expect(e.route).toBe(p.eventType ? "event-publishing" : "identity-notification");
    expect(e.messageId).toBe(p.mail.messageId);
    expect(e.source).toBe(p.mail.source);
    expect(e.sourceDomain).toBe("example.org");
    expect(e.mailTimestamp.toISOString()).toBe(p.mail.timestamp);
    const own = p.bounce ?? p.complaint ?? p.delivery ?? p.deliveryDelay;
    expect(e.timestamp.toISOString()).toBe(own?.timestamp ?? p.mail.timestamp);
    expect(e.recipients.map((r) => r.address)).toEqual(payloadRecipients(p));
    for (const r of e.recipients) expect(r.dedupeKey).toContain(p.mail.messageId);
    if (p.bounce)
      expect(e).toMatchObject({ bounceType: p.bounce.bounceType, bounceSubType: p.bounce.bounceSubType, feedbackId: p.bounce.feedbackId });
    if (p.bounce?.bouncedRecipients[0].status)
      expect(e.recipients[0]).toMatchObject({
        status: p.bounce.bouncedRecipients[0].status,
        diagnostic: p.bounce.bouncedRecipients[0].diagnosticCode,
        action: "failed",
      });
    if (p.complaint)
      expect(e).toMatchObject({ complaintFeedbackType: p.complaint.complaintFeedbackType, feedbackId: p.complaint.feedbackId });
    if (p.reject) expect(e.rejectReason).toBe(p.reject.reason);
    if (p.deliveryDelay) expect(e.delayType).toBe(p.deliveryDelay.delayType);
    if (p.mail.tags) expect(e.configurationSet).toBe(p.mail.tags["ses:configuration-set"][0]);
  });

  it("gives a bounce delivered by both routes one dedupe key, and other events of the same message their own", () => {
    const viaIdentity = normalized(readPayload("ses.notification.bounce.permanent.json"));
    const viaEvents = normalized(readPayload("ses.event.bounce.json"));
    expect(viaIdentity.route).not.toBe(viaEvents.route);
    expect(viaIdentity.recipients[0]!.dedupeKey).toBe(viaEvents.recipients[0]!.dedupeKey);
    // These fixtures share one mail.messageId; each kind of event still counts on its own.
    const others = [
      "ses.notification.bounce.transient-ooto.json",
      "ses.notification.complaint.json",
      "ses.notification.delivery.json",
      "ses.notification.bounce.suppressed.json",
    ].map((f) => normalized(readPayload(f)).recipients[0]!.dedupeKey);
    expect(new Set([viaIdentity.recipients[0]!.dedupeKey, ...others]).size).toBe(5);
  });

  it("keys recipients case-insensitively and without display names, one key per recipient", () => {
    const p = readPayload("ses.notification.bounce.permanent.json");
    p.bounce.bouncedRecipients = [
      { emailAddress: "Jane Doe <Jane@Example.NET>" },
      { emailAddress: "jane@example.net" },
      { emailAddress: "other@example.net" },
    ];
    p.mail.source = '"Ops" <ops@Example.org>';
    const e = normalized(p);
    expect(e.recipients.map((r) => [r.address, r.normalized])).toEqual([
      ["Jane@Example.NET", "jane@example.net"],
      ["jane@example.net", "jane@example.net"],
      ["other@example.net", "other@example.net"],
    ]);
    expect(e.recipients[0]!.dedupeKey).toBe(e.recipients[1]!.dedupeKey);
    expect(e.recipients[2]!.dedupeKey).not.toBe(e.recipients[0]!.dedupeKey);
    expect([e.source, e.sourceDomain]).toEqual(["ops@Example.org", "example.org"]);
  });

  it("keeps repeated delivery delays apart by time", () => {
    const first = readPayload("ses.event.delivery-delay.json");
    const later = readPayload("ses.event.delivery-delay.json");
    later.deliveryDelay.timestamp = "2026-11-20T11:10:00.000Z";
    expect(normalized(first).recipients[0]!.dedupeKey).not.toBe(normalized(later).recipients[0]!.dedupeKey);
  });

  it("refuses payloads without the parts it needs, and ignores types it does not process", () => {
    const p = readPayload("ses.notification.bounce.permanent.json");
    expect(normalizeSesEvent({ ...p, mail: undefined })).toMatchObject({ ok: false, ignored: false });
    expect(normalizeSesEvent({ ...p, bounce: { ...p.bounce, bouncedRecipients: [] } })).toMatchObject({
      ok: false,
      ignored: false,
      detail: expect.stringMatching(/^Bounce: bouncedRecipients/),
    });
    expect(normalizeSesEvent({ ...p, mail: { ...p.mail, timestamp: "soon" } })).toMatchObject({ ok: false, ignored: false });
    expect(normalizeSesEvent({ ...p, notificationType: "Received" })).toMatchObject({ ok: false, ignored: true });
    expect(normalizeSesEvent("text")).toMatchObject({ ok: false, ignored: false });
  });

  it("reads the mail's recipients for events without their own list", () => {
    const p = readPayload("ses.event.reject.json");
    const open = normalized({
      ...p,
      eventType: "Open",
      reject: undefined,
      open: { timestamp: "2026-11-20T10:30:00.000Z", userAgent: "x", ipAddress: "192.0.2.1" },
    });
    expect(open).toMatchObject({ kind: "open", recipients: [{ address: "someone@example.net" }] });
    expect(open.timestamp.toISOString()).toBe("2026-11-20T10:30:00.000Z");
    expect(
      normalized({ ...p, eventType: "Rendering Failure", reject: undefined, failure: { errorMessage: "x", templateName: "t" } }).kind,
    ).toBe("rendering-failure");
  });
});

describe("readSesMessage", () => {
  const snsMessage = (file: string) =>
    (JSON.parse(readFileSync(path.join(AWS_TESTDATA, "sns", file), "utf8")) as { Message: string }).Message;

  it("accepts SES's plain-text event-destination validation as set-up, not an event", () => {
    expect(readSesMessage(snsMessage("Notification.ses-destination-validation.v1.body.json"))).toEqual({
      type: "setup",
      detail: "Successfully validated SNS topic for Amazon SES event publishing.",
    });
  });

  it("accepts SES v1's AmazonSnsSubscriptionSucceeded as set-up", () => {
    const text = JSON.stringify({
      notificationType: "AmazonSnsSubscriptionSucceeded",
      message:
        "You have successfully subscribed your Amazon SNS topic 'arn:aws:sns:us-east-1:111122223333:b' to receive 'Bounce' notifications from Amazon SES for identity 'example.org'.",
    });
    expect(readSesMessage(text)).toMatchObject({ type: "setup", detail: expect.stringMatching(/^You have successfully subscribed/) });
  });

  it("reads the SES notifications inside the shared SNS deliveries", () => {
    expect(readSesMessage(snsMessage("Notification.bounce.v1.body.json"))).toMatchObject({
      type: "event",
      event: { kind: "bounce", bounceType: "Permanent" },
    });
    expect(readSesMessage(snsMessage("Notification.complaint.v2.body.json"))).toMatchObject({
      type: "event",
      event: { kind: "complaint", complaintFeedbackType: "abuse" },
    });
  });

  it("ignores other text and flags broken SES JSON", () => {
    expect(readSesMessage("hello\nworld").type).toBe("ignored");
    expect(readSesMessage(JSON.stringify({ notificationType: "Bounce", mail: { messageId: "m" } })).type).toBe("invalid");
  });
});
