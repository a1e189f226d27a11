import "server-only";
import { OutboundRefused, safeFetch } from "../net/safe-fetch";

export class WebhookError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "WebhookError";
  }
}

/**
 * POSTs the payload as JSON through safeFetch: public addresses only (or those in OUTBOUND_ALLOW_HOSTS), no
 * redirects, a timeout so a receiver that hangs cannot hold a collection. A failure says status and timing, never
 * the answer's body: it is shown to every role and could be an internal service's.
 */
export async function sendWebhookAlert(
  url: string,
  payload: unknown,
  opts: { timeoutMs?: number; allowHosts?: string } = {},
): Promise<{ status: number }> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  let res;
  try {
    res = await safeFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "ses-launchpad-alerts" },
      body: JSON.stringify(payload),
      timeoutMs,
      maxBodyBytes: 0,
      allowHosts: opts.allowHosts,
    });
  } catch (e) {
    if (e instanceof OutboundRefused) throw new WebhookError(`The webhook was not called: ${e.message}.`);
    const timedOut = (e as { code?: string }).code === "TIMEOUT";
    throw new WebhookError(
      timedOut
        ? `The webhook did not answer within ${timeoutMs} ms.`
        : `The webhook could not be reached: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (res.status < 200 || res.status >= 300)
    throw new WebhookError(`The webhook answered HTTP ${res.status} after ${res.ms} ms.`, res.status);
  return { status: res.status };
}
