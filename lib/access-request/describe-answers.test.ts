import { describe, expect, it } from "vitest";
import type { CheckStatus } from "../readiness/types";
import { buildRequest } from "./build-request";
import { assembleDescription, followUpAnswers, followUpText } from "./describe-answers";
import { handlingClaims, prefillHandling } from "./handling-claims";
import { goodAnswers, observed } from "./test-fixtures";

describe("assembled description", () => {
  it("follows the follow-up's order and carries the team's own figures", () => {
    const d = assembleDescription(goodAnswers(), observed());
    const order = [
      "We are Starscreen (https://starscreen.ai)",
      "We send transactional email:",
      "1. Email verification codes",
      "about 800 emails per day, with a peak of 5 per second",
      "How recipients give their address:",
      "Bounces:",
      "Complaints:",
      "Unsubscribing:",
      "Monitoring:",
      "Authentication in place:",
    ];
    const at = order.map((s) => d.indexOf(s));
    expect(
      at.every((i) => i >= 0),
      d,
    ).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  it("states authentication only as far as the dashboard has seen it", () => {
    const d = assembleDescription(goodAnswers(), observed({}, { "authentication.dkim": "todo", "authentication.dmarc": "todo" }));
    expect(d).toContain("our sending domain is verified in SES");
    expect(d).not.toMatch(/DKIM|DMARC/);
    const none = assembleDescription(goodAnswers(), observed({ checks: {} }));
    expect(none).not.toContain("Authentication in place");
  });

  it("never exceeds SES's 5,000 characters", () => {
    const long = "x ".repeat(999);
    const d = assembleDescription(
      goodAnswers({ productDescription: long, optIn: long, bounceProcess: long, complaintProcess: long }),
      observed(),
    );
    expect(d.length).toBe(5000);
  });

  it("prepares the follow-up answers under the questions AWS asks, leaving out empty ones", () => {
    const sections = followUpAnswers(goodAnswers({ sampleMessage: "" }), observed());
    expect(sections.map((s) => s.heading)).toEqual([
      "About us",
      "How often we send",
      "How we build and maintain our recipient list",
      "How we handle bounces",
      "How we handle complaints",
      "How we handle unsubscribes",
      "How we chose the rate and quota",
      "Monitoring and authentication",
    ]);
    expect(sections.find((s) => s.heading === "How we chose the rate and quota")?.body).toContain(
      "800 emails per day and up to 5 per second",
    );
    expect(followUpText(sections)).toMatch(/^About us\nStarscreen, https:\/\/starscreen.ai\./);
  });
});

describe("the request sent to SES", () => {
  it("sends the description and contacts only when there are any", () => {
    expect(buildRequest(goodAnswers({ contacts: [], useCaseDescription: "kept but not sent" }))).toEqual({
      ProductionAccessEnabled: true,
      MailType: "TRANSACTIONAL",
      WebsiteURL: "https://starscreen.ai",
      ContactLanguage: "EN",
    });
    expect(
      buildRequest(goodAnswers({ includeDescription: true, useCaseDescription: " Our use case. ", contactLanguage: "JA" })),
    ).toMatchObject({ UseCaseDescription: "Our use case.", AdditionalContactEmailAddresses: ["ops@starscreen.ai"], ContactLanguage: "JA" });
  });
});

describe("compliance statements", () => {
  it("marks claims the dashboard sees as verified and others as flagged", () => {
    const statements = handlingClaims(goodAnswers(), observed({}, { "monitoring.alarms": "todo" }));
    const byField = Object.fromEntries(statements.map((s) => [s.field, s]));
    expect(byField.bounceProcess).toMatchObject({
      status: "verified",
      seen: expect.arrayContaining(["SNS notifications for bounces and complaints"]),
    });
    expect(byField.monitoring).toMatchObject({ status: "flagged", unseen: ["CloudWatch alarms on bounce and complaint rates"] });
    expect(byField.unsubscribeProcess?.status).toBe("unverifiable");
  });

  it("prefills only what is configured, so the prefilled text is never flagged", () => {
    const variants: Record<string, CheckStatus>[] = [
      {},
      { "notifications.routed": "todo" as const, "handling.suppression-list": "todo" as const, "monitoring.alarms": "todo" },
    ];
    for (const notDone of variants) {
      const o = observed({}, notDone);
      const statements = handlingClaims({ ...goodAnswers(), ...prefillHandling(o) }, o);
      expect(statements.filter((s) => s.status === "flagged")).toEqual([]);
    }
    expect(prefillHandling(observed()).bounceProcess).toContain("suppression list is on");
    expect(prefillHandling(observed({}, { "handling.suppression-list": "todo" })).bounceProcess).not.toContain("suppression list");
  });
});
