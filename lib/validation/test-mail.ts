import { z } from "zod";
import { emailField } from "./user";

/** The SES mailbox simulator: each address triggers one kind of event without touching a real mailbox. */
export const MAILBOX_SIMULATOR = [
  { address: "success@simulator.amazonses.com", label: "Success (delivered)" },
  { address: "bounce@simulator.amazonses.com", label: "Bounce (hard)" },
  { address: "complaint@simulator.amazonses.com", label: "Complaint" },
  { address: "ooto@simulator.amazonses.com", label: "Out of office" },
  { address: "suppressionlist@simulator.amazonses.com", label: "On the suppression list" },
] as const;

export const testMailSchema = z.object({
  from: emailField,
  to: emailField,
});

export type TestMailInput = z.infer<typeof testMailSchema>;
