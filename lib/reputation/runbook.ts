/** The seed guide's troubleshooting steps (ses-production-access-guide.md, "Troubleshooting"), as data for the page and alerts. */
export type Runbook = {
  id: "high-bounce-rate" | "high-complaint-rate" | "sending-paused";
  title: string;
  when: string;
  steps: readonly string[];
};

export const RUNBOOKS: Record<Runbook["id"], Runbook> = {
  "high-bounce-rate": {
    id: "high-bounce-rate",
    title: "High bounce rate",
    when: "Bounce rate at 5% or more (review), and above all at 10% or more (sending may be paused).",
    steps: [
      "Pause sending immediately (the campaign or job that sends the bouncing mail).",
      "Clean the email list: remove every address that hard-bounced.",
      "Investigate the bounce reasons in the bounce notifications of the spike.",
      "Fix the validation issue that let the bad addresses in (signup form, import, purchased list).",
      "Request a review from AWS, explaining the cause and the fix.",
    ],
  },
  "high-complaint-rate": {
    id: "high-complaint-rate",
    title: "High complaint rate",
    when: "Complaint rate at 0.1% or more (review), and above all at 0.5% or more (sending may be paused).",
    steps: [
      "Pause the mail that draws complaints.",
      "Remove every address that complained, and honour unsubscribe requests at once.",
      "Check that recipients asked for this mail and that it carries a working unsubscribe link.",
      "Request a review from AWS, explaining the cause and the fix.",
    ],
  },
  "sending-paused": {
    id: "sending-paused",
    title: "Sending paused",
    when: "AWS has paused the account's sending (enforcement status SHUTDOWN or sending disabled).",
    steps: [
      "Check the email from AWS for the notification and its reason.",
      "Review the bounce and complaint rates around the time of the pause.",
      "Submit an explanation and a remediation plan through the support case.",
      "Wait for the manual review (1 to 2 business days).",
    ],
  },
};
