import { env } from "@/lib/env";
import { metricsResponse } from "@/lib/reputation/metrics-export";
import { configuredRegions } from "@/lib/settings/regions";

export const dynamic = "force-dynamic";

/** Prometheus text exposition of every configured region, from the database; bearer token METRICS_TOKEN. */
export function GET(request: Request) {
  return metricsResponse(request, env().METRICS_TOKEN, configuredRegions);
}
