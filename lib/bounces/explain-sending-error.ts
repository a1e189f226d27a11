import { describeAwsError } from "../aws/describe-aws-error";

export type SendingErrorCode =
  | "identity-not-verified"
  | "message-rejected"
  | "mail-from-not-verified"
  | "sending-paused"
  | "account-suspended"
  | "rate-exceeded"
  | "daily-quota-exceeded"
  | "configuration-set-missing"
  | "access-denied"
  | "no-credentials"
  | "other";

export type SendingErrorExplanation = {
  code: SendingErrorCode;
  title: string;
  /** What to do, in order; each a sentence. */
  actions: string[];
  /** Whether sending the same message again later can succeed without a change. */
  retryable: boolean;
  /** For identity-not-verified: the region SES named, and which identities failed (sender first). */
  region?: string;
  unverified?: { identity: string; role: "sender" | "recipient" }[];
};

export type SendingContext = { from?: string; region?: string; sandbox?: boolean; maxSendRate?: number; max24HourSend?: number };

const SIMULATOR_HINT =
  "To test without verifying anyone, send to the mailbox simulator: success@simulator.amazonses.com (or bounce@, complaint@, ooto@, suppressionlist@).";

/** Turns an SES SendEmail error (SES v2 or v1 names) into plain words and next steps. */
export function explainSendingError(error: unknown, context: SendingContext = {}): SendingErrorExplanation {
  const e = error as { name?: string; Code?: string; message?: string };
  const name = e.name ?? e.Code ?? "";
  const message = e.message ?? "";

  const notVerified = /Email address is not verified\. The following identities failed the check in region ([A-Za-z0-9-]+):\s*(.+)$/s.exec(
    message,
  );
  if (notVerified) return identityNotVerified(notVerified[1]!.toLowerCase(), notVerified[2]!, context);

  if (name === "MessageRejected") {
    return {
      code: "message-rejected",
      title: `SES rejected the message: ${message || "no reason given"}`,
      actions: ["SES rejects messages that contain a virus or are otherwise unsendable; change the content and send again."],
      retryable: false,
    };
  }
  if (name === "MailFromDomainNotVerifiedException" || /MAIL FROM domain/i.test(message)) {
    return {
      code: "mail-from-not-verified",
      title: "The custom MAIL FROM domain is not verified and the identity is set to reject mail when its MX record is missing.",
      actions: [
        "Publish the MAIL FROM MX and SPF records shown on the domain's page, or set the behaviour on MX failure to use the default MAIL FROM domain.",
      ],
      retryable: false,
    };
  }
  if (name === "SendingPausedException" || name === "AccountSendingPausedException" || name === "ConfigurationSetSendingPausedException") {
    const configSet = name === "ConfigurationSetSendingPausedException" || /configuration set/i.test(message);
    return configSet
      ? {
          code: "sending-paused",
          title: "Sending is paused for this configuration set.",
          actions: ["Resume it (PutConfigurationSetSendingOptions with SendingEnabled), or send without that configuration set."],
          retryable: false,
        }
      : {
          code: "sending-paused",
          title: `Sending is paused for the whole account${context.region ? ` in ${context.region}` : ""}.`,
          actions: [
            "AWS pauses sending when bounce or complaint rates stay too high: see the account's enforcement status and the case AWS opened.",
            "Fix the cause (list hygiene, bounce and complaint handling), then answer the case to ask AWS to resume sending.",
          ],
          retryable: false,
        };
  }
  if (name === "AccountSuspendedException") {
    return {
      code: "account-suspended",
      title: "SES has suspended this account's ability to send.",
      actions: ["Read the message AWS sent to the account's email address and answer it through the AWS Support case."],
      retryable: false,
    };
  }
  if (/daily message quota exceeded/i.test(message) || (name === "LimitExceededException" && /quota/i.test(message))) {
    const quota = context.max24HourSend !== undefined ? ` (${plural(context.max24HourSend, "message")} per 24 hours)` : "";
    return {
      code: "daily-quota-exceeded",
      title: `The 24-hour sending quota is used up${quota}.`,
      actions: [
        context.sandbox
          ? "The sandbox allows 200 messages a day; request production access for a higher quota."
          : "Wait until earlier sends fall out of the 24-hour window, or ask AWS for a higher quota.",
        "Mailbox simulator messages do not count towards the daily quota.",
      ],
      retryable: true,
    };
  }
  if (/maximum sending rate exceeded/i.test(message) || ["TooManyRequestsException", "Throttling", "ThrottlingException"].includes(name)) {
    const rate =
      context.maxSendRate !== undefined ? `${plural(context.maxSendRate, "recipient")} per second` : "the account's maximum send rate";
    return {
      code: "rate-exceeded",
      title: `Sending faster than ${rate}.`,
      actions: [
        "Send again after a short pause; spread bulk sends out with a backoff.",
        ...(context.sandbox ? ["The sandbox allows one message per second."] : []),
      ],
      retryable: true,
    };
  }
  if (name === "NotFoundException" || name === "ConfigurationSetDoesNotExistException") {
    return {
      code: "configuration-set-missing",
      title: `SES could not find something the message names: ${message || name}`,
      actions: [
        "Check the configuration set (and the identity's default configuration set) exists in this region; a deleted default set makes every send fail.",
      ],
      retryable: false,
    };
  }
  if (name === "AccessDeniedException" || name === "AccessDenied") {
    return {
      code: "access-denied",
      title: "The server's AWS credentials may not send email.",
      actions: ["Allow ses:SendEmail (and ses:SendRawEmail) on the identity for the role or user the dashboard runs as."],
      retryable: false,
    };
  }
  if (name === "CredentialsProviderError") {
    return {
      code: "no-credentials",
      title: "No AWS credentials were found for the server.",
      actions: ["Provide credentials through the environment, a profile, SSO or an instance role."],
      retryable: false,
    };
  }
  return { code: "other", title: describeAwsError(error, "SendEmail"), actions: [], retryable: false };
}

function identityNotVerified(region: string, list: string, context: SendingContext): SendingErrorExplanation {
  const from = context.from?.toLowerCase();
  const identities = list
    .split(",")
    .map((s) => s.trim().replace(/\.$/, ""))
    .filter(Boolean);
  const unverified = identities
    .map((identity) => ({ identity, role: (identity.toLowerCase() === from ? "sender" : "recipient") as "sender" | "recipient" }))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "sender" ? -1 : 1));
  const senders = unverified.filter((u) => u.role === "sender").map((u) => u.identity);
  const recipients = unverified.filter((u) => u.role === "recipient").map((u) => u.identity);
  const actions: string[] = [];
  if (senders.length)
    actions.push(`Verify the sender ${senders.join(", ")} (or its domain ${senders.map(domain).join(", ")}) in ${region}.`);
  if (recipients.length) {
    actions.push(
      `In the sandbox every recipient must be verified too: verify ${recipients.join(", ")} in ${region}, or request production access.`,
    );
    actions.push(SIMULATOR_HINT);
  }
  if (context.region && context.region.toLowerCase() !== region) {
    actions.push(`Identities are verified per region: SES checked ${region}, while the dashboard works in ${context.region}.`);
  }
  const title = `Not verified in ${region}: ${identities.join(", ")}.`;
  return { code: "identity-not-verified", title, actions, retryable: false, region, unverified };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const domain = (address: string) => address.slice(address.lastIndexOf("@") + 1);
