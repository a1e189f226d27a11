import "server-only";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { currentAccount } from "../accounts/account-context";
import { sts } from "./clients";

const TTL_MS = 5 * 60 * 1000;
const cached = new Map<string, { at: number; value: Promise<string | null> }>();

/**
 * The AWS account id the server's credentials belong to, for the header.
 * Cached for a few minutes; null when it cannot be read (no credentials, no permission).
 */
export async function callerAccountId(region: string): Promise<string | null> {
  const key = `${(await currentAccount()).id}:${region}`;
  const hit = cached.get(key);
  if (!hit || Date.now() - hit.at > TTL_MS) {
    const value = sts(region)
      .send(new GetCallerIdentityCommand({}))
      .then((r) => r.Account ?? null)
      .catch(() => null);
    cached.set(key, { at: Date.now(), value });
    return value;
  }
  return hit.value;
}
