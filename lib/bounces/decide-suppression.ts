import { isEmailAddress } from "./email-address";
import type { SesEvent, SesEventRecipient } from "./ses-event";

export type SuppressionPolicy = {
  /** Soft bounces within the window that suppress an address (the guide: 3). */
  softBounceLimit: number;
  softBounceWindowMs: number;
  /** A complaint must be looked into within this time (the guide: 24 hours). */
  complaintReviewMs: number;
};

export const DEFAULT_SUPPRESSION_POLICY: SuppressionPolicy = {
  softBounceLimit: 3,
  softBounceWindowMs: 7 * 86_400_000,
  complaintReviewMs: 86_400_000,
};

export type SuppressionReason = "hard-bounce" | "soft-bounce-limit" | "complaint" | "ses-suppressed" | "on-account-suppression-list";

export type SuppressionDecision =
  | {
      action: "suppress";
      reason: SuppressionReason;
      /** The Reason for SES's account-level list. */
      sesReason: "BOUNCE" | "COMPLAINT";
      /** False when SES already has it, or for the mailbox simulator, whose addresses must keep working for tests. */
      pushToSes: boolean;
      investigateBy?: Date;
      explanation: string;
    }
  /** A soft bounce below the limit: store it, it counts towards the next decision. */
  | { action: "count-soft-bounce"; softBounces: number; limit: number; explanation: string }
  | { action: "none"; explanation: string };

/** The address's earlier soft bounces (those this function answered "count-soft-bounce" or suppressed for), not this event. */
export type AddressHistory = { softBounces: readonly Date[] };

const SIMULATOR = /@simulator\.amazonses\.com$/;
const MESSAGE_PROBLEMS = new Set(["MessageTooLarge", "ContentRejected", "AttachmentRejected"]);

/** Decides, for one recipient of one normalized event, what happens to the address. Pure: the caller supplies history. */
export function decideSuppression(
  event: SesEvent,
  recipient: SesEventRecipient,
  history: AddressHistory,
  policy: SuppressionPolicy = DEFAULT_SUPPRESSION_POLICY,
): SuppressionDecision {
  // SES reports recipients as the sending application wrote them: a value that is not an address is no mailbox to
  // protect, and stored as a suppression it would block nothing and could not be removed from the UI.
  if (!isEmailAddress(recipient.normalized))
    return { action: "none", explanation: `"${recipient.normalized.slice(0, 100)}" is not an e-mail address; nothing to suppress.` };
  const pushable = !SIMULATOR.test(recipient.normalized);
  if (event.kind === "complaint") {
    if (event.complaintSubType === "OnAccountSuppressionList") {
      return suppress(
        "on-account-suppression-list",
        "COMPLAINT",
        false,
        "SES did not send: the address is on the account's suppression list after an earlier complaint.",
      );
    }
    // A feedback report saying "not spam" is the recipient taking a complaint back, not making one.
    if (event.complaintFeedbackType === "not-spam")
      return { action: "none", explanation: "The recipient's provider reported the message as not spam." };
    return {
      ...suppress(
        "complaint",
        "COMPLAINT",
        pushable,
        `Complaint${event.complaintFeedbackType ? ` (${event.complaintFeedbackType})` : ""}: suppressed at once; find out why this recipient complained.`,
      ),
      investigateBy: new Date(event.timestamp.getTime() + policy.complaintReviewMs),
    };
  }
  if (event.kind !== "bounce") return { action: "none", explanation: `A ${event.kind} event does not change suppression.` };

  const sub = event.bounceSubType ?? "";
  if (event.bounceType === "Permanent") {
    if (sub === "OnAccountSuppressionList")
      return suppress(
        "on-account-suppression-list",
        "BOUNCE",
        false,
        "SES did not send: the address is on the account's suppression list (not counted in the bounce rate).",
      );
    if (sub === "Suppressed")
      return suppress("ses-suppressed", "BOUNCE", pushable, "SES refused the address: it has a recent history of hard bounces across SES.");
    return suppress(
      "hard-bounce",
      "BOUNCE",
      pushable,
      `Hard bounce (${sub || "Permanent"}${recipient.status ? `, ${recipient.status}` : ""}): the address does not accept mail.`,
    );
  }

  if (MESSAGE_PROBLEMS.has(sub))
    return { action: "none", explanation: `Soft bounce ${sub}: the message was refused, not the address; change the message.` };
  // SES reports auto-replies (out of office) as Transient/General; real failures carry an SMTP status.
  if (event.bounceType === "Transient" && sub === "General" && !recipient.status && !recipient.diagnostic) {
    return { action: "none", explanation: "An automatic reply (such as out of office), reported by SES as a soft bounce." };
  }

  const since = event.timestamp.getTime() - policy.softBounceWindowMs;
  const softBounces = history.softBounces.filter((d) => d.getTime() >= since).length + 1;
  const days = Math.round(policy.softBounceWindowMs / 86_400_000);
  if (softBounces >= policy.softBounceLimit) {
    return suppress(
      "soft-bounce-limit",
      "BOUNCE",
      pushable,
      `${softBounces} soft bounces within ${days} days (${sub || event.bounceType}): suppressed.`,
    );
  }
  return {
    action: "count-soft-bounce",
    softBounces,
    limit: policy.softBounceLimit,
    explanation: `Soft bounce ${softBounces} of ${policy.softBounceLimit} within ${days} days (${sub || event.bounceType}).`,
  };
}

function suppress(
  reason: SuppressionReason,
  sesReason: "BOUNCE" | "COMPLAINT",
  pushToSes: boolean,
  explanation: string,
): Extract<SuppressionDecision, { action: "suppress" }> {
  return { action: "suppress", reason, sesReason, pushToSes, explanation };
}
