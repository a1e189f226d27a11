import { couldNotCheck, describeEvent, seen } from "../check-builder";
import type { Check, Evidence, GatheredState } from "../types";
import { coveringIdentity } from "./identity";

const sendFix = {
  steps: [
    "Bounces page → Send test mail: choose a verified From address and a recipient (in the sandbox, a verified address or the mailbox simulator).",
  ],
  cli: "aws sesv2 send-email --from-email-address noreply@your-domain.com --destination ToAddresses=success@simulator.amazonses.com --content 'Simple={Subject={Data=Test},Body={Text={Data=Test}}}'",
  link: { href: "/bounces", label: "Send test mail" },
};

const base = (id: string, title: string, why: string, weight = 1) => ({
  id,
  group: "post-approval" as const,
  title,
  why,
  fix: sendFix,
  weight,
});

const noHandler = (b: ReturnType<typeof base>, s: GatheredState, expected: string): Check => ({
  ...b,
  status: "unknown",
  summary: "Not checked yet: the dashboard's own bounce handling is not set up.",
  evidence: [{ query: "dashboard event store", observed: "no handler", expected, at: s.gatheredAt }],
});

export function testMailCheck(s: GatheredState): Check {
  const b = base(
    "sending.test-mail",
    "Test mail accepted by SES",
    "The guide's step 4: proof that the application's credentials, region and From address work before real users depend on them. Acceptance is not delivery: the next item waits for the delivery itself.",
  );
  const expected = "a test message accepted by SES (SendEmail returned a MessageId)";
  if (!s.events) return noHandler(b, s, expected);
  if (!s.events.ok) return couldNotCheck(b, s.events, expected);
  const at = s.events.value.testSendSucceededAt;
  const evidence = [seen(s.events, at ? `test mail accepted at ${at}` : "no test mail sent", expected)];
  return at
    ? { ...b, status: "done", summary: `Test mail accepted at ${at}.`, evidence }
    : { ...b, status: "todo", summary: "No test mail sent yet.", evidence };
}

/**
 * The guide's "test email sending in production": only a delivery to someone the sandbox would have refused
 * proves it. Mailbox-simulator mail and mail to verified identities are possible in the sandbox, so they never count.
 */
export function realRecipientCheck(s: GatheredState): Check {
  const b = {
    ...base(
      "sending.real-recipient",
      "Test mail delivered to a real, unverified recipient",
      "In the sandbox SES delivers only to verified identities and the mailbox simulator. A delivery to anyone else shows that production access works for this account and region, and that the mail really arrives.",
      2,
    ),
    fix: {
      ...sendFix,
      steps: [
        "With production access granted: Bounces page → Send test mail to a real mailbox you control that is not a verified identity (for example a personal address).",
        "Delivery events must reach the dashboard: Bounces page → Set-up → Configuration set (it routes DELIVERY events; the identity topics carry only bounces and complaints).",
      ],
    },
  };
  const expected =
    "production access, and a processed delivery event for a recipient that is neither a mailbox-simulator address nor covered by a verified identity";
  if (!s.account.ok) return couldNotCheck(b, s.account, expected);
  if (!s.events) return noHandler(b, s, expected);
  if (!s.events.ok) return couldNotCheck(b, s.events, expected);
  if (!s.identities.ok) return couldNotCheck(b, s.identities, expected);
  const identities = s.identities.value;
  const { realDeliveries = [], anyDelivery } = s.events.value;
  const real = realDeliveries.filter((d) => !coveringIdentity(d.recipient, identities));
  const access: Evidence = seen(s.account, `ProductionAccessEnabled ${s.account.value.production}`, "ProductionAccessEnabled true");
  const observed = real[0]
    ? describeEvent(real[0])
    : realDeliveries.length
      ? `deliveries only to verified identities (${realDeliveries.map((d) => d.recipient).join(", ")})`
      : anyDelivery
        ? `deliveries only to the mailbox simulator (latest: ${describeEvent(anyDelivery)})`
        : "no processed delivery event";
  const evidence = [access, seen(s.events, observed, expected)];
  if (!s.account.value.production)
    return {
      ...b,
      status: "todo",
      summary: "Needs production access: the sandbox delivers only to verified identities and the mailbox simulator.",
      evidence,
    };
  if (real[0])
    return { ...b, status: "done", summary: `Delivered to ${real[0].recipient} (notification processed ${real[0].at}).`, evidence };
  if (!anyDelivery)
    return {
      ...b,
      status: "todo",
      summary: "No delivery event has reached the dashboard: send a test to a real recipient, with deliveries routed to the dashboard.",
      evidence,
    };
  return {
    ...b,
    status: "todo",
    summary: "Deliveries seen only to the mailbox simulator or verified identities: send a test to a real, unverified mailbox.",
    evidence,
  };
}

export function simulatorRoundTripCheck(s: GatheredState): Check {
  const b = base(
    "sending.simulator-round-trip",
    "Mailbox-simulator bounce and complaint observed",
    "Sending to bounce@ and complaint@simulator.amazonses.com proves that a real bounce and a real complaint travel all the way back to your handler, without hurting your reputation.",
  );
  const expected =
    "a processed bounce notification for bounce@simulator.amazonses.com and a processed complaint notification for complaint@simulator.amazonses.com";
  if (!s.events) return noHandler(b, s, expected);
  if (!s.events.ok) return couldNotCheck(b, s.events, expected);
  const { simulatorBounce: bounce, simulatorComplaint: complaint } = s.events.value;
  const evidence = [
    seen(
      s.events,
      `bounce: ${bounce ? describeEvent(bounce) : "none processed"}; complaint: ${complaint ? describeEvent(complaint) : "none processed"}`,
      expected,
    ),
  ];
  if (bounce && complaint) return { ...b, status: "done", summary: "Both round trips observed.", evidence };
  if (bounce || complaint)
    return { ...b, status: "warning", summary: `Only the ${bounce ? "bounce" : "complaint"} round trip has been observed.`, evidence };
  return { ...b, status: "todo", summary: "No simulator round trip observed yet.", evidence };
}
