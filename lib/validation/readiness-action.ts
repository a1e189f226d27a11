import { z } from "zod";

export const readinessActionSchema = z.object({
  action: z.enum(["enable-account-suppression", "create-alarms", "setup-notifications"], { message: "Unknown action." }),
});
