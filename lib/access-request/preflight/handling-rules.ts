import { isDone } from "../observed-facts";
import { finding, type Rule } from "./types";

const fixLink = (id: string) => ({ link: { href: `/readiness#${id}`, label: "Fix in the checklist" } });

/** B1–B4 (notes §5) and the alarms: the acknowledgement AWS asks for, checked against what is configured. */
export const handlingRules: Rule[] = [
  (_, o) =>
    isDone(o, "notifications.routed")
      ? null
      : finding(
          "B1",
          "warning",
          "Bounces and complaints are not routed anywhere",
          `${o.checks["notifications.routed"]?.summary ?? "Not checked yet."} The request commits you to a bounce and complaint process; set it up before asking.`,
          fixLink("notifications.routed"),
        ),
  (_, o) =>
    isDone(o, "notifications.routed") && !isDone(o, "notifications.subscribed")
      ? finding(
          "B1",
          "warning",
          "Nobody receives the notifications",
          `${o.checks["notifications.subscribed"]?.summary ?? "Not checked yet."} A topic without a confirmed subscriber handles nothing.`,
          fixLink("notifications.subscribed"),
        )
      : null,
  (_, o) =>
    isDone(o, "handling.suppression-list")
      ? null
      : finding(
          "B2",
          "warning",
          "The account suppression list is off",
          "With it on, SES stops mailing addresses that bounced or complained even when your list still has them.",
          fixLink("handling.suppression-list"),
        ),
  (_, o) =>
    isDone(o, "handling.events-received")
      ? null
      : finding(
          "B5",
          "tip",
          "No bounce or complaint event has been seen yet",
          "Send a test to bounce@ and complaint@simulator.amazonses.com to prove the path works end to end.",
          fixLink("handling.events-received"),
        ),
  (_, o) =>
    isDone(o, "monitoring.alarms")
      ? null
      : finding(
          "M1",
          "tip",
          "No alarms on bounce and complaint rates",
          "Alarms let you act before AWS reviews the account (5 % bounces, 0.1 % complaints).",
          fixLink("monitoring.alarms"),
        ),
];
