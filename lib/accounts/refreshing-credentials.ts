/** The shape the SDK takes as `credentials` (AwsCredentialIdentity). */
export type TemporaryCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date };

type Provider = () => Promise<TemporaryCredentials>;

// The SDK's own margin: credentials this close to expiry are treated as expired.
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/**
 * One set of temporary credentials shared by every client of an account (each SDK client
 * would otherwise assume the role itself), fetched again before it expires. Concurrent
 * callers share one fetch; a failed fetch is not kept, so the next call tries again.
 */
export function refreshingCredentials(fetch: Provider, now: () => number = Date.now): Provider {
  let current: Promise<TemporaryCredentials> | undefined;
  let expiresAt = 0;
  return () => {
    if (!current || now() >= expiresAt - REFRESH_MARGIN_MS) {
      expiresAt = Infinity;
      const next = fetch().then((c) => {
        expiresAt = c.expiration?.getTime() ?? Infinity;
        return c;
      });
      next.catch(() => {
        if (current === next) current = undefined;
      });
      current = next;
    }
    return current;
  };
}
