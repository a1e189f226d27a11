/** The pieces of bounce and complaint handling, each read back from AWS (pure types and the summary rule). */
export type SetupMode = "identity-topics" | "configuration-set";

export const TOPIC_NAMES = { bounce: "ses-launchpad-bounces", complaint: "ses-launchpad-complaints" } as const;
export const CONFIGURATION_SET_NAME = "ses-launchpad";
export const EVENT_DESTINATIONS = [
  { name: "launchpad-bounces", topic: "bounce", types: ["BOUNCE", "REJECT", "DELIVERY"] },
  { name: "launchpad-complaints", topic: "complaint", types: ["COMPLAINT"] },
] as const;

export type SetupPiece = { id: string; label: string; ok: boolean; optional?: boolean; detail: string };

export type NotificationSetupState = {
  region: string;
  identity: string;
  endpoint: string;
  topics: { bounce?: string; complaint?: string };
  /** Which route(s) are in place. */
  routes: SetupMode[];
  pieces: SetupPiece[];
  /** Every required piece is in place (either route counts). */
  complete: boolean;
};

/** The route pieces are alternatives: one of them in place is enough. */
export function summarize(pieces: SetupPiece[]): boolean {
  const routes = pieces.filter((p) => p.id.startsWith("route:"));
  const others = pieces.filter((p) => !p.id.startsWith("route:") && !p.optional);
  return others.every((p) => p.ok) && routes.some((p) => p.ok);
}
