import { z } from "zod";
import { emailField } from "./user";

/** Any stored value, exactly as stored: an address saved before recipients were validated must still be removable. */
export const removeSuppressionSchema = z.object({
  address: z.string().min(1, "Choose an address.").max(1000),
  reason: z.string().trim().min(5, "Say why the address may receive mail again (at least 5 characters).").max(500),
});

export const notificationSetupSchema = z.object({
  identity: z.string().trim().min(1, "Choose an identity.").max(255),
  mode: z.enum(["identity-topics", "configuration-set"], { message: "Choose how SES routes the notifications." }),
  adminEmail: z.union([z.literal(""), emailField]).optional(),
});

export const bounceSettingsSchema = z.object({
  softBounceWindowDays: z.coerce.number().int("Whole days.").min(1, "At least 1 day.").max(90, "At most 90 days."),
  pipelineSilenceHours: z.coerce.number().int("Whole hours.").min(1, "At least 1 hour.").max(168, "At most 168 hours."),
});
