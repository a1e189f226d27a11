import { apiErrorResponse } from "@/lib/auth/api-errors";
import { requireUser } from "@/lib/auth/session";
import { configuredRegions } from "@/lib/settings/regions";
import { getAccountView } from "@/lib/snapshots/account-view";

/** The checklist of the newest good reading, per region: the same result the pages show, served from the database. */
export async function GET(request: Request) {
  try {
    await requireUser();
  } catch (e) {
    return apiErrorResponse(e);
  }
  const requested = new URL(request.url).searchParams.get("region");
  const configured = await configuredRegions();
  if (requested && !configured.includes(requested)) {
    return Response.json({ error: `Region ${requested} is not configured (configured: ${configured.join(", ")}).` }, { status: 404 });
  }
  const list = requested ? [requested] : configured;
  const views = await Promise.all(list.map(async (region) => ({ region, view: await getAccountView(region) })));
  return Response.json({
    regions: views.map(({ region, view }) => ({
      region,
      readAt: view.lastGood?.readAt ?? null,
      stale: view.lastFailure ? { at: view.lastFailure.at, error: view.lastFailure.error } : null,
      score: view.readiness?.score ?? null,
      nextActions: view.readiness?.nextActions.map((c) => c.id) ?? [],
      checks: view.readiness?.checks ?? [],
    })),
  });
}
