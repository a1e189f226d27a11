import { couldNotCheck, seen } from "../check-builder";
import type { Check, GatheredState } from "../types";

const base = (id: string, title: string, why: string) => ({
  id,
  group: "post-approval" as const,
  title,
  why,
  fix: {
    steps: ["Bounces page → Send test mail: choose a verified From address and a recipient (in the sandbox, a verified address or the mailbox simulator)."],
    cli: "aws sesv2 send-email --from-email-address noreply@your-domain.com --destination ToAddresses=success@simulator.amazonses.com --content 'Simple={Subject={Data=Test},Body={Text={Data=Test}}}'",
    link: { href: "/bounces", label: "Send test mail" },
  },
  weight: 1,
});

export function testMailCheck(s: GatheredState): Check {
  const b = base("sending.test-mail", "Test mail sent successfully", "The guide's step 4: proof that the application's credentials, region and From address work before real users depend on them.");
  const expected = "a test message accepted by SES";
  if (!s.events) return { ...b, status: "unknown", summary: "Not checked yet: the dashboard has no test-mail record until bounce handling is set up.", evidence: [{ query: "dashboard event store", observed: "no handler", expected, at: s.gatheredAt }] };
  if (!s.events.ok) return couldNotCheck(b, s.events, expected);
  const at = s.events.value.testSendSucceededAt;
  const evidence = [seen(s.events, at ? `test mail accepted at ${at}` : "no test mail sent", expected)];
  return at ? { ...b, status: "done", summary: `Test mail accepted at ${at}.`, evidence } : { ...b, status: "todo", summary: "No test mail sent yet.", evidence };
}

export function simulatorRoundTripCheck(s: GatheredState): Check {
  const b = base(
    "sending.simulator-round-trip",
    "Mailbox-simulator bounce and complaint observed",
    "Sending to bounce@ and complaint@simulator.amazonses.com proves that a real bounce and a real complaint travel all the way back to your handler, without hurting your reputation.",
  );
  const expected = "a bounce from bounce@simulator.amazonses.com and a complaint from complaint@simulator.amazonses.com received";
  if (!s.events) return { ...b, status: "unknown", summary: "Not checked yet: the dashboard's own bounce handling is not set up.", evidence: [{ query: "dashboard event store", observed: "no handler", expected, at: s.gatheredAt }] };
  if (!s.events.ok) return couldNotCheck(b, s.events, expected);
  const { simulatorBounceSeenAt: bounce, simulatorComplaintSeenAt: complaint } = s.events.value;
  const evidence = [seen(s.events, `bounce: ${bounce ?? "not seen"}; complaint: ${complaint ?? "not seen"}`, expected)];
  if (bounce && complaint) return { ...b, status: "done", summary: "Both round trips observed.", evidence };
  if (bounce || complaint) return { ...b, status: "warning", summary: `Only the ${bounce ? "bounce" : "complaint"} round trip has been observed.`, evidence };
  return { ...b, status: "todo", summary: "No simulator round trip observed yet.", evidence };
}
