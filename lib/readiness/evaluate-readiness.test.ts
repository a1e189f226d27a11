import { describe, expect, it } from "vitest";
import { evaluateReadiness, nextActionsOf, scoreOf } from "./evaluate-readiness";
import { coveringIdentity } from "./rules/identity";
import { failed, ok, sampleAccount, sampleState } from "./sample-state";
import type { Check, GatheredState } from "./types";

const check = (s: GatheredState, id: string): Check => {
  const c = evaluateReadiness(s).checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

describe("identity rules", () => {
  it("wants a verified domain, and says so when only pending or free-mail identities exist", () => {
    expect(check(sampleState(), "identity.verified-domain").status).toBe("done");
    const pending = sampleState({
      identities: ok([{ name: "example.com", type: "DOMAIN", verifiedForSending: false, verificationStatus: "PENDING" }]),
    });
    expect(check(pending, "identity.verified-domain")).toMatchObject({ status: "warning" });
    const gmail = sampleState({
      identities: ok([
        { name: "gmail.com", type: "DOMAIN", verifiedForSending: true },
        { name: "me@gmail.com", type: "EMAIL_ADDRESS", verifiedForSending: true },
      ]),
    });
    expect(check(gmail, "identity.verified-domain").status).toBe("todo");
  });

  it("checks that the From address sits on a verified identity, including subdomains", () => {
    expect(check(sampleState(), "identity.from-address").status).toBe("done");
    expect(check(sampleState({ fromAddress: "alerts@mail.example.com" }), "identity.from-address").status).toBe("done");
    expect(check(sampleState({ fromAddress: "noreply@other.org" }), "identity.from-address").status).toBe("todo");
    expect(check(sampleState({ fromAddress: "someone@gmail.com" }), "identity.from-address").summary).toMatch(/free-mail/);
    expect(check(sampleState({ fromAddress: undefined }), "identity.from-address").summary).toMatch(/No From address/);
    expect(coveringIdentity("x@notexample.com", [{ name: "example.com", type: "DOMAIN", verifiedForSending: true }])).toBeUndefined();
  });

  it("never guesses when the identities could not be read", () => {
    const c = check(
      sampleState({ identities: failed("ThrottlingException after 8 attempts", "sesv2:ListEmailIdentities") }),
      "identity.verified-domain",
    );
    expect(c.status).toBe("unknown");
    expect(c.evidence[0]).toMatchObject({ query: "sesv2:ListEmailIdentities", observed: expect.stringContaining("Throttling") });
  });
});

describe("authentication rules", () => {
  it("say 'not checked yet' until the DNS checker has run, never a verdict", () => {
    for (const part of ["spf", "dkim", "dmarc", "mailFrom"]) {
      const c = check(sampleState(), `authentication.${part}`);
      expect(c.status).toBe("unknown");
      expect(c.summary).toMatch(/Not checked yet/);
    }
  });

  it("map the checker's verdicts with their evidence", () => {
    const dns = {
      "example.com": ok(
        {
          spf: { status: "ok", summary: "SES authorized" },
          dkim: { status: "error", summary: "2 of 3 CNAMEs missing" },
          dmarc: { status: "warning", summary: "p=none", policy: "none" },
          mailFrom: { status: "unknown", summary: "timeout at 127.0.0.1:53" },
        },
        "dns:example.com",
      ),
    };
    const s = sampleState({ dns });
    expect(check(s, "authentication.spf").status).toBe("done");
    expect(check(s, "authentication.dkim")).toMatchObject({ status: "todo", summary: expect.stringContaining("2 of 3") });
    expect(check(s, "authentication.dmarc").status).toBe("warning");
    expect(check(s, "authentication.mailFrom").status).toBe("unknown");
  });
});

describe("notification rules", () => {
  const topics = (bounceTopic?: string, complaintTopic?: string) =>
    ok({ "example.com": { bounceTopic, complaintTopic, forwardingEnabled: true } });
  const B = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
  const C = "arn:aws:sns:us-east-1:123456789012:ses-complaints";

  it("accept identity topics or a default configuration set, and flag half a set-up", () => {
    expect(check(sampleState(), "notifications.routed").status).toBe("todo");
    expect(check(sampleState({ notificationTopics: topics(B, C) }), "notifications.routed").status).toBe("done");
    expect(check(sampleState({ notificationTopics: topics(B) }), "notifications.routed").summary).toMatch(/complaints/);
    const viaSet = sampleState({
      identities: ok([{ name: "example.com", type: "DOMAIN", verifiedForSending: true, configurationSetName: "default" }]),
      configurationSets: ok([
        { name: "default", destinations: [{ name: "sns", enabled: true, types: ["BOUNCE", "COMPLAINT", "DELIVERY"], snsTopicArn: B }] },
      ]),
    });
    expect(check(viaSet, "notifications.routed").status).toBe("done");
    const disabled = {
      ...viaSet,
      configurationSets: ok([
        { name: "default", destinations: [{ name: "sns", enabled: false, types: ["BOUNCE", "COMPLAINT"], snsTopicArn: B }] },
      ]),
    };
    expect(check(disabled, "notifications.routed").status).toBe("todo");
  });

  it("want a confirmed subscriber on every topic", () => {
    const base = { notificationTopics: topics(B, C) };
    const confirmed = { protocol: "https", endpoint: "https://x/api/sns", confirmed: true };
    const pending = { ...confirmed, confirmed: false };
    expect(
      check(sampleState({ ...base, subscriptions: ok({ [B]: [confirmed], [C]: [confirmed] }) }), "notifications.subscribed").status,
    ).toBe("done");
    expect(
      check(sampleState({ ...base, subscriptions: ok({ [B]: [confirmed], [C]: [pending] }) }), "notifications.subscribed").status,
    ).toBe("warning");
    expect(check(sampleState({ ...base, subscriptions: ok({ [B]: [confirmed] }) }), "notifications.subscribed").status).toBe("todo");
  });

  it("read the account-level suppression list", () => {
    const account = (suppressedReasons: string[]) => sampleAccount({ suppressedReasons });
    expect(check(sampleState({ account: account(["BOUNCE", "COMPLAINT"]) }), "handling.suppression-list").status).toBe("done");
    expect(check(sampleState({ account: account(["BOUNCE"]) }), "handling.suppression-list").status).toBe("warning");
    const off = check(sampleState(), "handling.suppression-list");
    expect(off).toMatchObject({ status: "todo", fix: { action: "enable-account-suppression" } });
  });

  it("judge the dashboard's own handler only once it exists", () => {
    expect(check(sampleState(), "handling.events-received").status).toBe("unknown");
    expect(check(sampleState({ events: ok({}) }), "handling.events-received").status).toBe("todo");
  });
});

describe("monitoring rules", () => {
  const rep = (bounceRate: number, complaintRate: number, sends = 5000) => ok({ bounceRate, complaintRate, sends, windowHours: 24 });

  it("place the rates against AWS's review and pause levels", () => {
    expect(check(sampleState({ reputation: rep(0.01, 0.0002) }), "monitoring.bounce-rate").status).toBe("done");
    expect(check(sampleState({ reputation: rep(0.045, 0.0002) }), "monitoring.bounce-rate").status).toBe("warning");
    expect(check(sampleState({ reputation: rep(0.06, 0.0002) }), "monitoring.bounce-rate").summary).toMatch(/reviews/);
    expect(check(sampleState({ reputation: rep(0.12, 0.0002) }), "monitoring.bounce-rate").summary).toMatch(/pause/);
    expect(check(sampleState({ reputation: rep(0.01, 0.002) }), "monitoring.complaint-rate").status).toBe("todo");
    expect(check(sampleState({ reputation: rep(0.01, 0.0009) }), "monitoring.complaint-rate").status).toBe("warning");
  });

  it("refuse a verdict over too little volume", () => {
    const c = check(sampleState({ reputation: rep(0.5, 0.5, 40) }), "monitoring.bounce-rate");
    expect(c.status).toBe("unknown");
    expect(c.summary).toMatch(/Not enough volume/);
  });

  it("want alarms with actions on both rates", () => {
    const alarm = (metric: string, actions: string[]) => ({ name: metric, namespace: "AWS/SES", metric, threshold: 0.05, actions });
    expect(check(sampleState(), "monitoring.alarms")).toMatchObject({ status: "todo", fix: { action: "create-alarms" } });
    expect(
      check(
        sampleState({ alarms: ok([alarm("Reputation.BounceRate", ["arn"]), alarm("Reputation.ComplaintRate", ["arn"])]) }),
        "monitoring.alarms",
      ).status,
    ).toBe("done");
    expect(
      check(
        sampleState({ alarms: ok([alarm("Reputation.BounceRate", ["arn"]), alarm("Reputation.ComplaintRate", [])]) }),
        "monitoring.alarms",
      ).status,
    ).toBe("warning");
  });

  it("explain enforcement and paused sending", () => {
    const account = (enforcementStatus: string, sendingEnabled = true) => sampleAccount({ enforcementStatus, sendingEnabled });
    // Under review is one step from a pause: a to-do at review level, not a mere warning.
    expect(check(sampleState({ account: account("PROBATION") }), "monitoring.account-health")).toMatchObject({
      status: "todo",
      danger: "review",
    });
    expect(check(sampleState({ account: account("SHUTDOWN") }), "monitoring.account-health")).toMatchObject({
      status: "todo",
      danger: "paused",
    });
    expect(check(sampleState({ account: account("HEALTHY", false) }), "monitoring.account-health").summary).toMatch(/paused/);
  });

  it("turn open VDM advisor findings into checks, and ask for them when VDM is on", () => {
    const recs = ok([
      { type: "DMARC", impact: "HIGH", status: "OPEN", resource: "example.com", description: "No DMARC record" },
      { type: "SPF", impact: "LOW", status: "FIXED", resource: "example.com", description: "" },
    ]);
    const checks = evaluateReadiness(sampleState({ recommendations: recs })).checks.filter((c) => c.id.startsWith("monitoring.vdm"));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ status: "todo", summary: "HIGH impact: No DMARC record" });
    expect(evaluateReadiness(sampleState()).checks.some((c) => c.id.startsWith("monitoring.vdm"))).toBe(false);
  });
});

describe("production access rules", () => {
  const account = (production: boolean, review?: { status: string; caseId?: string }) => sampleAccount({ production, review });
  it("follow the request from none to pending to granted, and a denial back to to-do", () => {
    expect(check(sampleState(), "access.request-submitted").status).toBe("todo");
    expect(check(sampleState({ account: account(false, { status: "PENDING", caseId: "42" }) }), "access.request-submitted")).toMatchObject({
      status: "done",
      summary: expect.stringContaining("case 42"),
    });
    expect(check(sampleState({ account: account(false, { status: "DENIED" }) }), "access.request-submitted").status).toBe("todo");
    expect(check(sampleState({ account: account(true, { status: "GRANTED" }) }), "access.granted").status).toBe("done");
  });
});

describe("score and next actions", () => {
  it("rise as items are fixed, and list to-dos in the guide's order", () => {
    const before = evaluateReadiness(sampleState());
    const after = evaluateReadiness(sampleState({ account: sampleAccount({ suppressedReasons: ["BOUNCE", "COMPLAINT"] }) }));
    expect(after.score).toBeGreaterThan(before.score);
    expect(before.nextActions.map((c) => c.id)).toEqual(["notifications.routed", "notifications.subscribed", "handling.suppression-list"]);
    expect(before.nextActions.every((c) => c.status === "todo")).toBe(true);
  });

  it("weigh done, warning and the rest, and never count an outcome as an action", () => {
    const mk = (status: Check["status"], weight: number, id = "x"): Check => ({
      id,
      group: "monitoring",
      title: "",
      status,
      summary: "",
      evidence: [],
      why: "",
      weight,
    });
    expect(scoreOf([mk("done", 1), mk("warning", 2), mk("unknown", 1)])).toBe(50);
    expect(scoreOf([mk("not-applicable", 5)])).toBe(0);
    expect(nextActionsOf([mk("todo", 1, "access.granted"), mk("warning", 1, "a")]).map((c) => c.id)).toEqual(["a"]);
  });

  it("group checks in the guide's order", () => {
    const groups = evaluateReadiness(sampleState()).checks.map((c) => c.group);
    expect(groups.indexOf("monitoring")).toBeGreaterThan(groups.lastIndexOf("access"));
    expect(groups[0]).toBe("prerequisites");
  });
});
