export type SesEventKind =
  "bounce" | "complaint" | "delivery" | "send" | "reject" | "delivery-delay" | "open" | "click" | "rendering-failure" | "subscription";

/** identity notification topics (SES v1, `notificationType`) or configuration-set event publishing (`eventType`). */
export type SesEventRoute = "identity-notification" | "event-publishing";

export type SesEventRecipient = {
  /** As SES reported it, without a display name. */
  address: string;
  /** Lower-cased: the key for suppression and counting. */
  normalized: string;
  status?: string;
  diagnostic?: string;
  action?: string;
  /** The same event for the same recipient has the same key whichever route delivered it. */
  dedupeKey: string;
};

export type SesEvent = {
  kind: SesEventKind;
  route: SesEventRoute;
  /** SES's mail.messageId: the id SendEmail returned. */
  messageId: string;
  /** When the event happened (the bounce, complaint, delivery...), else when the mail was sent. */
  timestamp: Date;
  mailTimestamp: Date;
  source: string;
  sourceDomain: string;
  sourceArn?: string;
  sendingAccountId?: string;
  configurationSet?: string;
  subject?: string;
  recipients: SesEventRecipient[];
  bounceType?: string;
  bounceSubType?: string;
  complaintFeedbackType?: string;
  complaintSubType?: string;
  feedbackId?: string;
  rejectReason?: string;
  delayType?: string;
  smtpResponse?: string;
  reportingMta?: string;
  tags: Record<string, string[]>;
};
