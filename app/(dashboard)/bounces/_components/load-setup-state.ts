import "server-only";
import { listIdentities } from "@/lib/aws/identities";
import type { NotificationSetupState } from "@/lib/aws/notification-setup-state";
import { readNotificationSetup } from "@/lib/aws/read-notification-setup";
import { currentRequestOrigin, webhookEndpoint } from "@/lib/aws/webhook-endpoint";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { domainOf } from "@/lib/bounces/email-address";

export type SetupView = {
  identities: string[];
  identity?: string;
  endpoint: string;
  state?: NotificationSetupState;
  error?: string;
  verifiedFrom: string[];
};

/** Live from AWS (the set-up's truth is there), bounded in time so a slow region does not hold the page. */
export async function loadSetupState(region: string, fromAddress: string | undefined, requested?: string): Promise<SetupView> {
  let endpoint = "";
  try {
    endpoint = webhookEndpoint(await currentRequestOrigin());
    const identities = await withTimeout(listIdentities(region), 8_000);
    const domains = identities.filter((i) => i.type === "DOMAIN").map((i) => i.name);
    const fromDomain = fromAddress ? domainOf(fromAddress) : undefined;
    const identity =
      (requested && domains.includes(requested) ? requested : undefined) ?? domains.find((d) => d === fromDomain) ?? domains[0];
    const state = identity ? await withTimeout(readNotificationSetup(region, identity, endpoint), 8_000) : undefined;
    return {
      identities: domains,
      identity,
      endpoint,
      state,
      verifiedFrom: identities.filter((i) => i.verifiedForSending).map((i) => i.name),
    };
  } catch (e) {
    return {
      identities: [],
      endpoint,
      error: e instanceof Error && e.message.startsWith("Set APP_URL") ? e.message : describeAwsError(e, "reading the set-up"),
      verifiedFrom: [],
    };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer from AWS within ${ms / 1000} s`)), ms).unref()),
  ]);
}
