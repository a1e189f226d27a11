import "server-only";
import { timingSafeEqual, createHash } from "node:crypto";
import { withAccount } from "../accounts/account-context";
import { listAccounts } from "../accounts/account-registry";
import { db } from "../db/client";
import { getAccountView } from "../snapshots/account-view";
import { readCurrentReputation } from "./current-reputation";
import { dangerSeverity } from "./danger";
import { EXPOSITION_CONTENT_TYPE } from "./render-exposition";
import { renderPrometheusMetrics, type RegionExport } from "./render-prometheus-metrics";

/** One region's figures of the current account for /metrics, all from the database: the stored samples and the newest good snapshot. */
export async function readRegionExport(region: string, now: Date = new Date()): Promise<Omit<RegionExport, "account">> {
  const [rep, snap, view] = await Promise.all([
    readCurrentReputation(region, now),
    db().accountSnapshot.findFirst({ where: { region, ok: true }, orderBy: { takenAt: "desc" } }),
    getAccountView(region),
  ]);
  return {
    region,
    bounceRate: rep.bounce.value,
    complaintRate: rep.complaint.value,
    volumes24h: rep.volumes24h,
    quota:
      snap && snap.max24HourSend !== null && snap.maxSendRate !== null
        ? { max24Hour: snap.max24HourSend, maxSendRate: snap.maxSendRate, sentLast24Hours: snap.sentLast24Hours ?? 0 }
        : null,
    sandbox: snap?.production === null || snap?.production === undefined ? null : !snap.production,
    sendingEnabled: snap?.sendingEnabled ?? null,
    enforcementStatus: snap?.enforcementStatus ?? null,
    readinessScore: snap?.readinessScore ?? null,
    dangerLevel: snap ? dangerSeverity(view.danger.level) : null,
    collectedAt: snap?.takenAt.getTime() ?? null,
  };
}

// Hashing first gives equal lengths, so the comparison takes the same time whatever the guess.
const digest = (s: string) => createHash("sha256").update(s).digest();

/** Whether the Authorization header carries the configured bearer token. */
export function bearerMatches(header: string | null, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m !== null && timingSafeEqual(digest(m[1]!), digest(token));
}

/**
 * GET /metrics. Without a configured token the endpoint does not exist (404): never open by default.
 * A wrong or missing token gets 401 with the scheme to use, before anything is read.
 */
export async function metricsResponse(
  request: Request,
  token: string | undefined,
  regions: () => Promise<readonly string[]>,
  now = new Date(),
): Promise<Response> {
  if (!token) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { "www-authenticate": 'Bearer realm="metrics"', "content-type": "text/plain; charset=utf-8" },
    });
  }
  const [accounts, names] = await Promise.all([listAccounts(), regions()]);
  const exports = await Promise.all(
    accounts.flatMap((a) => names.map((r) => withAccount(a, async () => ({ account: a.id, ...(await readRegionExport(r, now)) })))),
  );
  return new Response(renderPrometheusMetrics(exports), {
    headers: { "content-type": EXPOSITION_CONTENT_TYPE, "cache-control": "no-store" },
  });
}
