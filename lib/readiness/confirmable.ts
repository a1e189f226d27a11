/**
 * Checklist items the dashboard cannot observe, so an admin vouches for them. Each needs a rule that reads
 * the confirmation (rules/post-approval.ts); the action refuses any other id.
 */
export const CONFIRMABLE_CHECKS = ["post-approval.production-settings"] as const;

export type ConfirmableCheck = (typeof CONFIRMABLE_CHECKS)[number];
