import "server-only";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { sts } from "./clients";

const TTL_MS = 5 * 60 * 1000;
let cached: { at: number; region: string; value: Promise<string | null> } | undefined;

/**
 * The AWS account id the server's credentials belong to, for the header.
 * Cached for a few minutes; null when it cannot be read (no credentials, no permission).
 */
export function callerAccountId(region: string): Promise<string | null> {
  if (!cached || cached.region !== region || Date.now() - cached.at > TTL_MS) {
    const value = sts(region)
      .send(new GetCallerIdentityCommand({}))
      .then((r) => r.Account ?? null)
      .catch(() => null);
    cached = { at: Date.now(), region, value };
  }
  return cached.value;
}
