import "server-only";

export class WebhookError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = "WebhookError";
  }
}

/**
 * POSTs the payload as JSON. A receiver that hangs must not hold a collection, hence the timeout; redirects
 * are refused so a configured URL cannot bounce the request to another host.
 */
export async function sendWebhookAlert(url: string, payload: unknown, opts: { timeoutMs?: number } = {}): Promise<{ status: number }> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "ses-launchpad-alerts" },
      body: JSON.stringify(payload),
      redirect: "error",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    throw new WebhookError(timedOut ? `The webhook did not answer within ${timeoutMs} ms.` : `The webhook could not be reached: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Drain the body so the connection can be reused; keep a little of it for the error message.
  const body = (await res.text().catch(() => "")).slice(0, 200);
  if (!res.ok) throw new WebhookError(`The webhook answered HTTP ${res.status}${body ? `: ${body}` : ""}`, res.status);
  return { status: res.status };
}
