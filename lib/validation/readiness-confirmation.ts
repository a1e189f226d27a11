import { z } from "zod";
import { CONFIRMABLE_CHECKS } from "../readiness/confirmable";

/** Confirm an item the dashboard cannot observe, or take the confirmation back. */
export const readinessConfirmationSchema = z.object({
  check: z.enum(CONFIRMABLE_CHECKS, { message: "This item cannot be confirmed by hand." }),
  confirmed: z.enum(["true", "false"], { message: "Confirm or undo." }).transform((v) => v === "true"),
});
