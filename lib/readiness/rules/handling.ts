import { couldNotCheck, describeEvent, seen } from "../check-builder";
import type { Check, GatheredState, ObservedEvent } from "../types";

export function dashboardReceivingCheck(s: GatheredState): Check {
  const base = {
    id: "handling.events-received",
    group: "notifications" as const,
    title: "Bounce and complaint events reach a handler",
    why: "The most common failure of SES integrations is a callback that silently never fires: the topics exist, but nothing processes what they carry.",
    fix: {
      steps: [
        "Set up bounce handling from the Bounces page: it subscribes the dashboard to the topics and confirms the subscription.",
        "Send a test to bounce@simulator.amazonses.com and one to complaint@simulator.amazonses.com, and watch both events arrive.",
      ],
      link: { href: "/bounces", label: "Bounces and complaints" },
      action: "setup-notifications" as const,
    },
    weight: 2,
  };
  const expected =
    "a bounce and a complaint notification received and processed by the dashboard (a configured topic or a subscription confirmation does not count)";
  if (!s.events) {
    return {
      ...base,
      status: "unknown",
      summary: "Not checked yet: the dashboard's own bounce handling is not set up.",
      evidence: [{ query: "dashboard event store", observed: "no handler", expected, at: s.gatheredAt }],
    };
  }
  if (!s.events.ok) return couldNotCheck(base, s.events, expected);
  const { bounce, complaint, lastReceivedAt } = s.events.value;
  const line = (kind: string, e: ObservedEvent | undefined) => (e ? describeEvent(e) : `no processed ${kind} notification`);
  const context = lastReceivedAt ? ` (latest SNS message of any type: ${lastReceivedAt})` : " (no SNS message received at all)";
  const evidence = [seen(s.events, `${line("bounce", bounce)}; ${line("complaint", complaint)}${context}`, expected)];
  if (bounce && complaint)
    return {
      ...base,
      status: "done",
      summary: `A bounce and a complaint were received and processed (latest at ${[bounce.at, complaint.at].sort().at(-1)}).`,
      evidence,
    };
  if (bounce || complaint)
    return {
      ...base,
      status: "warning",
      summary: `Only a ${bounce ? "bounce" : "complaint"} has been processed: send a test to ${bounce ? "complaint" : "bounce"}@simulator.amazonses.com.`,
      evidence,
    };
  const summary = lastReceivedAt
    ? "SNS messages arrive, but no bounce or complaint has been processed yet."
    : "No notification has reached the dashboard yet.";
  return { ...base, status: "todo", summary, evidence };
}

export function suppressionListCheck(s: GatheredState): Check {
  const base = {
    id: "handling.suppression-list",
    group: "notifications" as const,
    title: "Account-level suppression list on for bounces and complaints",
    why: "With the suppression list on, SES stops sending to an address that hard-bounced or complained, even when your own list still has it: removing bounces and complaints immediately is what the guide asks.",
    fix: {
      steps: [`SES console (${s.region}) → Configuration → Suppression list → Edit → tick Bounces and Complaints.`],
      cli: `aws sesv2 put-account-suppression-attributes --suppressed-reasons BOUNCE COMPLAINT --region ${s.region}`,
      action: "enable-account-suppression" as const,
    },
    weight: 2,
  };
  const expected = "SuppressedReasons [BOUNCE, COMPLAINT]";
  if (!s.account.ok) return couldNotCheck(base, s.account, expected);
  const reasons = s.account.value.suppressedReasons;
  const evidence = [seen(s.account, `SuppressedReasons [${reasons.join(", ")}]`, expected)];
  const missing = ["BOUNCE", "COMPLAINT"].filter((r) => !reasons.includes(r));
  if (!missing.length) return { ...base, status: "done", summary: "Bounces and complaints are suppressed at account level.", evidence };
  if (missing.length === 1) return { ...base, status: "warning", summary: `Suppression is on for ${reasons.join(", ")} only.`, evidence };
  return { ...base, status: "todo", summary: "The account-level suppression list is off.", evidence };
}
