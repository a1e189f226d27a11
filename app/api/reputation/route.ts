import { apiErrorResponse } from "@/lib/auth/api-errors";
import { requireUser } from "@/lib/auth/session";
import { readReputationChart } from "@/lib/reputation/chart-data";
import { isRangeKey } from "@/lib/reputation/metric-windows";
import { renderReputationCsv } from "@/lib/reputation/render-csv";
import { configuredRegions } from "@/lib/settings/regions";

/**
 * The reputation chart data of a region and range, from the database: JSON by default, CSV with format=csv
 * (the same buckets the chart draws; rates as fractions, times in UTC).
 */
export async function GET(request: Request) {
  try {
    await requireUser();
  } catch (e) {
    return apiErrorResponse(e);
  }
  const params = new URL(request.url).searchParams;
  const configured = await configuredRegions();
  const region = params.get("region") ?? configured[0]!;
  if (!configured.includes(region))
    return Response.json({ error: `Region ${region} is not configured (configured: ${configured.join(", ")}).` }, { status: 404 });
  const range = params.get("range") ?? "30d";
  if (!isRangeKey(range)) return Response.json({ error: "range must be one of 24h, 7d, 30d, 90d, 1y." }, { status: 400 });
  const chart = await readReputationChart(region, range);
  if (params.get("format") === "csv") {
    return new Response(renderReputationCsv(chart.points), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="ses-reputation-${region}-${range}-${new Date(chart.endMs).toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  return Response.json(chart, { headers: { "cache-control": "no-store" } });
}
