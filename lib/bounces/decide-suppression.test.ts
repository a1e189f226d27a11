import { describe, expect, it } from "vitest";
import { decideSuppression, DEFAULT_SUPPRESSION_POLICY, type AddressHistory } from "./decide-suppression";
import { normalizeSesEvent } from "./normalize-ses-event";
import type { SesEvent } from "./ses-event";
import { readPayload } from "./test-payloads";

const DAY = 86_400_000;
const none: AddressHistory = { softBounces: [] };

/** A shared payload, optionally sent to a real (non-simulator) address and with changed bounce or complaint fields. */
function event(
  file: string,
  change: { to?: string; bounce?: Record<string, unknown>; complaint?: Record<string, unknown>; recipient?: Record<string, unknown> } = {},
): SesEvent {
  const p = readPayload(file);
  const list = p.bounce?.bouncedRecipients ?? p.complaint?.complainedRecipients;
  if (list && change.to) list[0].emailAddress = change.to;
  if (list && change.recipient) Object.assign(list[0], change.recipient);
  Object.assign(p.bounce ?? {}, change.bounce);
  Object.assign(p.complaint ?? {}, change.complaint);
  const r = normalizeSesEvent(p);
  if (!r.ok) throw new Error(r.detail);
  return r.event;
}
const decide = (e: SesEvent, history = none, policy = DEFAULT_SUPPRESSION_POLICY) =>
  decideSuppression(e, e.recipients[0]!, history, policy);
const softBounce = (at: Date) =>
  event("ses.notification.bounce.transient-ooto.json", {
    to: "full@example.net",
    bounce: { bounceSubType: "MailboxFull", timestamp: at.toISOString() },
    recipient: { status: "4.2.2", action: "failed", diagnosticCode: "smtp; 452 4.2.2 mailbox full" },
  });

describe("decideSuppression", () => {
  it("does not suppress a recipient that is not an e-mail address (the UI could not remove it)", () => {
    for (const to of ["undisclosed-recipients:;", "postmaster", "a b@example.net", "<>", "x@localhost", "@example.net"]) {
      expect(decide(event("ses.notification.bounce.permanent.json", { to })), to).toMatchObject({
        action: "none",
        explanation: expect.stringMatching(/not an e-mail address/),
      });
    }
    expect(decide(event("ses.notification.complaint.json", { to: "no-at-sign" }))).toMatchObject({ action: "none" });
    expect(decide(event("ses.notification.bounce.permanent.json", { to: "Someone <gone@example.net>" }))).toMatchObject({
      action: "suppress",
    });
  });

  it("suppresses a hard bounce at once and pushes it to SES, except for mailbox-simulator addresses", () => {
    expect(decide(event("ses.notification.bounce.permanent.json", { to: "gone@example.net" }))).toMatchObject({
      action: "suppress",
      reason: "hard-bounce",
      sesReason: "BOUNCE",
      pushToSes: true,
    });
    expect(decide(event("ses.event.bounce.json", { to: "gone@example.net", bounce: { bounceSubType: "NoEmail" } }))).toMatchObject({
      action: "suppress",
      reason: "hard-bounce",
      pushToSes: true,
    });
    expect(decide(event("ses.notification.bounce.permanent.json"))).toMatchObject({
      action: "suppress",
      reason: "hard-bounce",
      pushToSes: false,
    });
  });

  it("records addresses SES itself suppressed, without pushing what SES already has", () => {
    expect(decide(event("ses.notification.bounce.suppressed.json", { to: "x@example.net" }))).toMatchObject({
      action: "suppress",
      reason: "ses-suppressed",
      pushToSes: true,
    });
    expect(
      decide(
        event("ses.notification.bounce.permanent.json", { to: "x@example.net", bounce: { bounceSubType: "OnAccountSuppressionList" } }),
      ),
    ).toMatchObject({ action: "suppress", reason: "on-account-suppression-list", pushToSes: false });
    const complaint = decide(
      event("ses.notification.complaint.json", { to: "x@example.net", complaint: { complaintSubType: "OnAccountSuppressionList" } }),
    );
    expect(complaint).toMatchObject({
      action: "suppress",
      reason: "on-account-suppression-list",
      sesReason: "COMPLAINT",
      pushToSes: false,
    });
    expect(complaint).not.toHaveProperty("investigateBy");
  });

  it("suppresses a complaint at once and asks for a look within 24 hours", () => {
    const e = event("ses.notification.complaint.json", { to: "angry@example.net" });
    const d = decide(e);
    expect(d).toMatchObject({ action: "suppress", reason: "complaint", sesReason: "COMPLAINT", pushToSes: true });
    expect(d.action === "suppress" && d.investigateBy?.getTime()).toBe(e.timestamp.getTime() + DAY);
    expect(d.explanation).toContain("abuse");
    expect(decide(event("ses.notification.complaint.json", { complaint: { complaintFeedbackType: "not-spam" } })).action).toBe("none");
  });

  it("counts soft bounces and suppresses at the third within seven days", () => {
    const now = new Date("2026-11-20T10:00:00Z");
    expect(decide(softBounce(now))).toMatchObject({ action: "count-soft-bounce", softBounces: 1, limit: 3 });
    expect(decide(softBounce(now), { softBounces: [new Date(now.getTime() - 2 * DAY)] })).toMatchObject({
      action: "count-soft-bounce",
      softBounces: 2,
    });
    expect(decide(softBounce(now), { softBounces: [new Date(now.getTime() - 2 * DAY), new Date(now.getTime() - 6 * DAY)] })).toMatchObject({
      action: "suppress",
      reason: "soft-bounce-limit",
      sesReason: "BOUNCE",
    });
    // One of the two earlier bounces is outside the window.
    expect(decide(softBounce(now), { softBounces: [new Date(now.getTime() - 2 * DAY), new Date(now.getTime() - 8 * DAY)] })).toMatchObject({
      action: "count-soft-bounce",
      softBounces: 2,
    });
  });

  it("follows a configured limit and window", () => {
    const now = new Date("2026-11-20T10:00:00Z");
    const policy = { ...DEFAULT_SUPPRESSION_POLICY, softBounceLimit: 2, softBounceWindowMs: 30 * DAY };
    expect(decide(softBounce(now), { softBounces: [new Date(now.getTime() - 20 * DAY)] }, policy)).toMatchObject({
      action: "suppress",
      reason: "soft-bounce-limit",
    });
    expect(decide(softBounce(now), none, policy)).toMatchObject({ action: "count-soft-bounce", limit: 2 });
  });

  it("does not count auto-replies or refusals of the message's content against the address", () => {
    expect(decide(event("ses.notification.bounce.transient-ooto.json")).action).toBe("none");
    for (const sub of ["MessageTooLarge", "ContentRejected", "AttachmentRejected"]) {
      expect(
        decide(event("ses.notification.bounce.transient-ooto.json", { bounce: { bounceSubType: sub }, recipient: { status: "5.3.4" } }))
          .action,
        sub,
      ).toBe("none");
    }
    // A Transient/General bounce with an SMTP status is a real soft bounce.
    expect(decide(event("ses.notification.bounce.transient-ooto.json", { recipient: { status: "4.4.7" } })).action).toBe(
      "count-soft-bounce",
    );
    expect(
      decide(
        event("ses.notification.bounce.transient-ooto.json", { bounce: { bounceType: "Undetermined", bounceSubType: "Undetermined" } }),
      ).action,
    ).toBe("count-soft-bounce");
  });

  it("leaves deliveries, delays and rejects alone", () => {
    for (const f of ["ses.notification.delivery.json", "ses.event.delivery-delay.json", "ses.event.reject.json"])
      expect(decide(event(f)).action, f).toBe("none");
  });
});
