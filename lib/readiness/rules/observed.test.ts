import { describe, expect, it } from "vitest";
import { failed, observedEvent, ok, sampleAccount, sampleState } from "../sample-state";
import type { EventFacts, GatheredState } from "../types";
import { dashboardReceivingCheck } from "./handling";
import { productionSettingsCheck } from "./post-approval";
import { realRecipientCheck, simulatorRoundTripCheck, testMailCheck } from "./sending";

const events = (facts: EventFacts) => ok(facts, "dashboard's processed SNS notifications and SES events (us-east-1)");
const production = sampleAccount({ production: true, quota: { max24Hour: 50_000, maxSendRate: 14, sentLast24Hours: 3 } });
const bounceSim = observedEvent("bounce", "bounce@simulator.amazonses.com");
const complaintSim = observedEvent("complaint", "complaint@simulator.amazonses.com");

describe("handling.events-received: only processed bounce and complaint notifications count", () => {
  it("stays to-do with SNS traffic that carried no processed bounce or complaint (confirmations, set-up messages)", () => {
    const c = dashboardReceivingCheck(sampleState({ events: events({ lastReceivedAt: "2026-11-28T10:00:00.000Z" }) }));
    expect(c).toMatchObject({ status: "todo", summary: expect.stringMatching(/no bounce or complaint has been processed/) });
    expect(c.evidence[0]!.observed).toMatch(
      /no processed bounce notification; no processed complaint notification \(latest SNS message of any type/,
    );
  });

  it("warns with one kind, and is done with both, citing each message", () => {
    expect(dashboardReceivingCheck(sampleState({ events: events({ bounce: bounceSim }) }))).toMatchObject({
      status: "warning",
      summary: expect.stringContaining("complaint@simulator"),
    });
    const done = dashboardReceivingCheck(
      sampleState({
        events: events({ bounce: bounceSim, complaint: observedEvent("complaint", "real@example.net", "2026-11-28T11:30:00.000Z") }),
      }),
    );
    expect(done.status).toBe("done");
    expect(done.summary).toContain("2026-11-28T11:30:00.000Z");
    expect(done.evidence[0]).toMatchObject({
      query: expect.stringContaining("processed SNS notifications"),
      observed: expect.stringContaining("SNS notification sns-bounce-bounce@simulator.amazonses.com"),
    });
  });

  it("says it could not check when the store could not be read", () => {
    expect(dashboardReceivingCheck(sampleState({ events: failed("database locked") })).status).toBe("unknown");
  });
});

describe("sending.test-mail and sending.real-recipient are distinct", () => {
  it("counts an accepted test as accepted only, never as delivered", () => {
    const s = sampleState({ account: production, events: events({ testSendSucceededAt: "2026-11-28T11:00:00.000Z" }) });
    expect(testMailCheck(s).status).toBe("done");
    expect(realRecipientCheck(s)).toMatchObject({ status: "todo", summary: expect.stringMatching(/No delivery event/) });
  });

  it("never completes in the sandbox, even with a delivery to an unverified address", () => {
    const s = sampleState({
      events: events({
        realDeliveries: [observedEvent("delivery", "someone@example.net")],
        anyDelivery: observedEvent("delivery", "someone@example.net"),
      }),
    });
    const c = realRecipientCheck(s);
    expect(c).toMatchObject({ status: "todo", summary: expect.stringMatching(/Needs production access/) });
    expect(c.evidence[0]).toMatchObject({ observed: "ProductionAccessEnabled false", expected: "ProductionAccessEnabled true" });
  });

  it("leaves out the mailbox simulator and recipients covered by a verified identity", () => {
    const simOnly = sampleState({
      account: production,
      events: events({ anyDelivery: observedEvent("delivery", "success@simulator.amazonses.com") }),
    });
    expect(realRecipientCheck(simOnly)).toMatchObject({
      status: "todo",
      evidence: [expect.anything(), { observed: expect.stringMatching(/only to the mailbox simulator/) }],
    });
    const identities = ok([
      { name: "example.com", type: "DOMAIN" as const, verifiedForSending: true },
      { name: "me@gmail.com", type: "EMAIL_ADDRESS" as const, verifiedForSending: true },
    ]);
    const verified = [observedEvent("delivery", "ops@mail.example.com"), observedEvent("delivery", "me@gmail.com")];
    const onlyVerified = sampleState({
      account: production,
      identities,
      events: events({ realDeliveries: verified, anyDelivery: verified[0] }),
    });
    expect(realRecipientCheck(onlyVerified)).toMatchObject({
      status: "todo",
      evidence: [
        expect.anything(),
        { observed: expect.stringMatching(/only to verified identities \(ops@mail\.example\.com, me@gmail\.com\)/) },
      ],
    });

    const real = observedEvent("delivery", "friend@gmail.com", "2026-11-28T11:45:00.000Z");
    const done = realRecipientCheck({ ...onlyVerified, events: events({ realDeliveries: [...verified, real], anyDelivery: verified[0] }) });
    expect(done).toMatchObject({
      status: "done",
      summary: "Delivered to friend@gmail.com (notification processed 2026-11-28T11:45:00.000Z).",
    });
    expect(done.evidence[1]!.observed).toContain("delivery of SES message ses-delivery-friend@gmail.com for friend@gmail.com");
  });

  it("could not check without the identities, which decide who counts as verified", () => {
    const s = sampleState({
      account: production,
      identities: failed("AccessDenied"),
      events: events({ realDeliveries: [observedEvent("delivery", "x@example.net")] }),
    });
    expect(realRecipientCheck(s).status).toBe("unknown");
  });

  it("needs processed simulator bounce and complaint for the round trip", () => {
    expect(simulatorRoundTripCheck(sampleState({ events: events({ simulatorBounce: bounceSim }) })).status).toBe("warning");
    expect(
      simulatorRoundTripCheck(sampleState({ events: events({ simulatorBounce: bounceSim, simulatorComplaint: complaintSim }) })).status,
    ).toBe("done");
  });
});

describe("post-approval.production-settings: an admin's confirmation, counted only in production", () => {
  const confirmed = (s: Partial<GatheredState>) =>
    sampleState({
      confirmations: ok({ "post-approval.production-settings": { by: "admin@example.com", at: "2026-11-28T09:00:00.000Z" } }, "settings"),
      ...s,
    });

  it("is to-do until confirmed, and offers the confirmation", () => {
    const c = productionSettingsCheck(sampleState({ account: production, confirmations: ok({}) }));
    expect(c).toMatchObject({ status: "todo", confirm: {}, summary: expect.stringMatching(/then confirm it here/) });
  });

  it("is done with the confirmation in production, showing who and when as its evidence", () => {
    const c = productionSettingsCheck(confirmed({ account: production }));
    expect(c).toMatchObject({ status: "done", confirm: { by: "admin@example.com", at: "2026-11-28T09:00:00.000Z" } });
    expect(c.evidence[0]).toMatchObject({ query: "settings", observed: "confirmed by admin@example.com at 2026-11-28T09:00:00.000Z" });
  });

  it("is not green when confirmed in the sandbox, nor when the confirmations were not read", () => {
    expect(productionSettingsCheck(confirmed({})).status).toBe("warning");
    expect(productionSettingsCheck(sampleState({ account: production })).status).toBe("unknown");
  });
});
