import "server-only";
import { primaryDomain } from "../readiness/primary-domain";
import { getFromAddress } from "../settings/from-address";
import { listIdentities } from "./identities";
import { setUpNotifications } from "./notification-setup";
import type { NotificationSetupState } from "./notification-setup-state";
import { currentRequestOrigin, webhookEndpoint } from "./webhook-endpoint";

/** The checklist's one-click fix: the guide's route (identity topics) for the domain the checklist judges. */
export async function setUpNotificationsForRegion(region: string): Promise<NotificationSetupState> {
  const [identities, fromAddress] = await Promise.all([listIdentities(region), getFromAddress()]);
  const identity = primaryDomain({ identities: { ok: true, value: identities }, fromAddress } as Parameters<typeof primaryDomain>[0]);
  if (!identity || !identities.some((i) => i.name === identity))
    throw new Error(`No domain identity to set up in ${region}: add the sending domain first.`);
  const state = await setUpNotifications({
    region,
    identity,
    mode: "identity-topics",
    endpoint: webhookEndpoint(await currentRequestOrigin()),
  });
  if (!state.complete)
    throw new Error(
      `Set-up ran but is not complete: ${state.pieces
        .filter((p) => !p.ok && !p.optional && !p.id.startsWith("route:configuration-set"))
        .map((p) => `${p.label}: ${p.detail}`)
        .join("; ")}`,
    );
  return state;
}
