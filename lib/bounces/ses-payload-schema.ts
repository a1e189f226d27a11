import { z } from "zod";

/*
 * SES notification and event-publishing payloads (the SNS Message). SES "reserves the right to add additional
 * fields", so objects are loose and only what the dashboard uses is required.
 */
const recipient = z.looseObject({
  emailAddress: z.string().min(1),
  action: z.string().nullish(),
  status: z.string().nullish(),
  diagnosticCode: z.string().nullish(),
});

export const mailSchema = z.looseObject({
  timestamp: z.string(),
  messageId: z.string().min(1),
  source: z.string(),
  sourceArn: z.string().optional(),
  sendingAccountId: z.string().optional(),
  destination: z.array(z.string()).default([]),
  commonHeaders: z.looseObject({ subject: z.string().optional() }).optional(),
  tags: z.record(z.string(), z.array(z.string())).optional(),
});

export const bounceSchema = z.looseObject({
  bounceType: z.string(),
  bounceSubType: z.string(),
  bouncedRecipients: z.array(recipient).min(1),
  timestamp: z.string(),
  feedbackId: z.string().optional(),
  reportingMTA: z.string().optional(),
});

export const complaintSchema = z.looseObject({
  complainedRecipients: z.array(recipient).min(1),
  timestamp: z.string(),
  feedbackId: z.string().optional(),
  complaintSubType: z.string().nullish(),
  complaintFeedbackType: z.string().optional(),
  userAgent: z.string().optional(),
});

export const deliverySchema = z.looseObject({
  timestamp: z.string(),
  recipients: z.array(z.string()).min(1),
  smtpResponse: z.string().optional(),
  reportingMTA: z.string().optional(),
});

export const deliveryDelaySchema = z.looseObject({
  timestamp: z.string(),
  delayType: z.string().optional(),
  expirationTime: z.string().optional(),
  delayedRecipients: z.array(recipient).min(1),
});

export const rejectSchema = z.looseObject({ reason: z.string().optional() });

/** Event types that carry a timestamp of their own (open, click, ...) are read loosely. */
export const timedSchema = z.looseObject({ timestamp: z.string().optional() });

export const sesPayloadSchema = z.looseObject({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  mail: mailSchema,
});

export type SesRecipientPayload = z.infer<typeof recipient>;
