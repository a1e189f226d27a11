import "server-only";
import { db } from "../db/client";
import { processSnsMessage } from "./process-sns-message";

/*
 * In-process work queue: the webhook answers once a message is stored, and processing follows here. Nothing is
 * lost if the process stops: the row stays "received" (or "failed", or a stale "processing") and the sweep picks it
 * up again, from the next webhook request, the bounces page, or the timer.
 */
const CONCURRENCY = 4;
/*
 * Answering SNS comes first: while deliveries keep arriving, processing waits for a quiet moment (QUIET_MS without a
 * request), unless the oldest queued message has waited MAX_DEFER_MS, in which case one runs at a time alongside.
 */
const QUIET_MS = 200;
const MAX_DEFER_MS = 20_000;
const pending: { id: string; at: number }[] = [];
const queued = new Set<string>();
let running = 0;
let idle: Array<() => void> = [];
let lastRequestAt = 0;
let wake: NodeJS.Timeout | undefined;

/** The webhook calls this on each delivery. */
export function noteWebhookRequest(): void {
  lastRequestAt = Date.now();
}

export function enqueueProcessing(id: string): void {
  if (queued.has(id)) return;
  queued.add(id);
  pending.push({ id, at: Date.now() });
  pump();
}

function pump() {
  while (pending.length) {
    const now = Date.now();
    const quiet = now - lastRequestAt >= QUIET_MS;
    const overdue = now - pending[0]!.at >= MAX_DEFER_MS;
    const limit = quiet ? CONCURRENCY : overdue ? 1 : 0;
    if (running >= limit) {
      if (!limit && !wake) wake = setTimeout(() => ((wake = undefined), pump()), QUIET_MS);
      return;
    }
    const { id } = pending.shift()!;
    running++;
    processSnsMessage(id)
      .catch((e: unknown) => console.error(`[sns] processing ${id}: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running--;
        queued.delete(id);
        pump();
        if (!running && !pending.length) for (const r of idle.splice(0)) r();
      });
  }
}

/** Resolves once everything queued so far is done (tests, the bench, and the sweep's own callers). */
export function drainProcessing(): Promise<void> {
  if (!running && !pending.length) return Promise.resolve();
  return new Promise((r) => idle.push(r));
}

export const SWEEP_INTERVAL_MS = 30_000;
/** A "received" row younger than this is still on its way through the queue of the instance that stored it. */
const RECEIVED_GRACE_MS = 10_000;
const RETRY_AFTER_MS = 30_000;
/** A "processing" claim older than this belonged to a process that stopped. */
const STALE_CLAIM_MS = 5 * 60_000;

let lastSweep = 0;
let timer: NodeJS.Timeout | undefined;

/** Queues every message left unprocessed; returns how many. */
export async function sweepUnprocessed(now = Date.now()): Promise<number> {
  lastSweep = now;
  const rows = await db().snsMessage.findMany({
    where: {
      OR: [
        { status: "received", receivedAt: { lt: new Date(now - RECEIVED_GRACE_MS) } },
        { status: "failed", processedAt: { lt: new Date(now - RETRY_AFTER_MS) } },
        { status: "processing", processedAt: { lt: new Date(now - STALE_CLAIM_MS) } },
      ],
    },
    orderBy: { receivedAt: "asc" },
    take: 200,
    select: { id: true, status: true },
  });
  const stale = rows.filter((r) => r.status === "processing").map((r) => r.id);
  // Hand a dead worker's claim back so processSnsMessage can claim it again.
  if (stale.length)
    await db().snsMessage.updateMany({
      where: { id: { in: stale }, status: "processing" },
      data: { status: "failed", error: "processing stopped before it finished" },
    });
  for (const r of rows) enqueueProcessing(r.id);
  return rows.length;
}

/** Called on each webhook request and page view: sweeps at most every 30 s, and starts the timer once. */
export function sweepSoon(): void {
  timer ??= setInterval(() => void sweepUnprocessed().catch(() => undefined), SWEEP_INTERVAL_MS).unref();
  if (Date.now() - lastSweep < SWEEP_INTERVAL_MS) return;
  lastSweep = Date.now();
  void sweepUnprocessed().catch((e: unknown) => console.error(`[sns] sweep: ${e instanceof Error ? e.message : String(e)}`));
}
