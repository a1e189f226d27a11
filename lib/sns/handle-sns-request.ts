import "server-only";
import { allowedTopicArns, refreshAllowedTopicsFor } from "../bounces/allowed-topics";
import { enqueueProcessing, noteWebhookRequest, sweepSoon } from "../bounces/processing-queue";
import { storeSnsMessage } from "../bounces/store-sns-message";
import { MAX_SNS_BODY_BYTES } from "./parse-sns-body";
import { verifySnsMessage, type VerifyFailureReason, type VerifyResult } from "./verify-message";
import { webhookTrust } from "./webhook-trust";

const STATUS: Record<VerifyFailureReason, number> = {
  malformed: 400,
  "stale-timestamp": 403,
  "certificate-url-refused": 403,
  "bad-signature": 403,
  "topic-not-allowed": 403,
  // SNS retries on 5xx: the same message may verify once the certificate can be fetched.
  "certificate-unavailable": 503,
};

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * POST /api/sns. Verify, store once by MessageId, answer; processing follows in the queue. A redelivery (even a
 * concurrent one) is answered 200 so SNS stops retrying, and changes nothing.
 */
export async function handleSnsRequest(request: Request): Promise<Response> {
  noteWebhookRequest();
  sweepSoon();
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_SNS_BODY_BYTES) return refuse(400, "malformed", `body of ${declared} bytes`);
  // SNS posts text/plain: read the body as text whatever the content type says.
  const raw = await request.text();

  let trusted;
  try {
    trusted = await webhookTrust();
  } catch (e) {
    return refuse(503, "certificate-unavailable", e instanceof Error ? e.message : String(e));
  }
  let verified: VerifyResult = await verifySnsMessage(raw, { allowedTopicArns: await allowedTopicArns(), trustedCertificates: trusted });
  if (!verified.ok && verified.reason === "topic-not-allowed") {
    const topic = /"TopicArn"\s*:\s*"([^"]+)"/.exec(raw)?.[1];
    const fresh = topic ? await refreshAllowedTopicsFor(topic) : undefined;
    if (fresh) verified = await verifySnsMessage(raw, { allowedTopicArns: fresh, trustedCertificates: trusted });
  }
  if (!verified.ok) return refuse(STATUS[verified.reason], verified.reason, verified.detail);

  const stored = await storeSnsMessage(verified.message, raw);
  if (stored.created) enqueueProcessing(stored.id);
  return text(200, stored.created ? "stored" : "duplicate");
}

function refuse(status: number, reason: string, detail: string): Response {
  console.warn(`[sns] refused (${status} ${reason}): ${detail}`);
  return text(status, reason);
}
