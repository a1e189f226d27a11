import { classifyRate, DEFAULT_MIN_VOLUME, type RateStatus } from "./levels";

export const MAILBOX_SIMULATOR_DOMAIN = "simulator.amazonses.com";

/** Why the dashboard's own rates can differ from CloudWatch's; shown beside both. */
export const OWN_RATE_DIFFERENCES = [
  "AWS computes its rates over a representative volume of recent mail for the whole account, not over a fixed window.",
  "AWS counts only hard bounces, and only to domains you have not verified; mail to the mailbox simulator never counts.",
  "AWS counts complaints only from mailbox providers that send feedback (Gmail, for one, does not).",
  "The dashboard sees only the events SES delivered to it: mail sent without notifications or a configuration set is missing here.",
] as const;

export type RecipientClass = "simulator" | "verified" | "counted";

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();

/**
 * Whether a recipient counts toward the rates as SES computes them. Verified identities are email addresses
 * or domains; a domain covers its subdomains, as it does for sending.
 */
export function classifyRecipient(address: string, verifiedIdentities: readonly string[]): RecipientClass {
  const a = address.trim().toLowerCase();
  const domain = domainOf(a);
  if (domain === MAILBOX_SIMULATOR_DOMAIN) return "simulator";
  for (const raw of verifiedIdentities) {
    const id = raw.trim().toLowerCase();
    if (id.includes("@") ? id === a : domain === id || domain.endsWith(`.${id}`)) return "verified";
  }
  return "counted";
}

export type EventCounts = { sends: number; hardBounces: number; complaints: number };

export type RecipientEvent =
  | { type: "send"; recipient: string }
  | { type: "bounce"; recipient: string; bounceType: string; bounceSubType?: string }
  | { type: "complaint"; recipient: string };

/** Counts per recipient, the way SES's rates count: hard bounces only, not those from the account's own suppression list. */
export function countRecipientEvents(
  events: Iterable<RecipientEvent>,
  verifiedIdentities: readonly string[],
): { counted: EventCounts; excluded: EventCounts } {
  const counted: EventCounts = { sends: 0, hardBounces: 0, complaints: 0 };
  const excluded: EventCounts = { sends: 0, hardBounces: 0, complaints: 0 };
  for (const e of events) {
    if (e.type === "bounce" && (e.bounceType !== "Permanent" || e.bounceSubType === "OnAccountSuppressionList")) continue;
    const into = classifyRecipient(e.recipient, verifiedIdentities) === "counted" ? counted : excluded;
    if (e.type === "send") into.sends++;
    else if (e.type === "bounce") into.hardBounces++;
    else into.complaints++;
  }
  return { counted, excluded };
}

export type OwnRates = {
  volume: number;
  bounceRate: number | null;
  complaintRate: number | null;
  bounceStatus: RateStatus;
  complaintStatus: RateStatus;
};

/** Rates from counts that already leave out the simulator and verified recipients. */
export function computeOwnRates(c: EventCounts, minVolume = DEFAULT_MIN_VOLUME): OwnRates {
  const bounceRate = c.sends > 0 ? c.hardBounces / c.sends : null;
  const complaintRate = c.sends > 0 ? c.complaints / c.sends : null;
  return {
    volume: c.sends,
    bounceRate,
    complaintRate,
    bounceStatus: classifyRate("bounce", bounceRate, c.sends, minVolume),
    complaintStatus: classifyRate("complaint", complaintRate, c.sends, minVolume),
  };
}
