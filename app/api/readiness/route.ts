import { currentAccountId, withAccount } from "@/lib/accounts/account-context";
import { listAccounts } from "@/lib/accounts/account-registry";
import { apiErrorResponse } from "@/lib/auth/api-errors";
import { requireUser } from "@/lib/auth/session";
import { configuredRegions } from "@/lib/settings/regions";
import { getAccountView } from "@/lib/snapshots/account-view";

/**
 * The checklist of the newest good reading, per region: the same result the pages show, served from the database.
 * `?account=<id>` reads another watched account (default: the one chosen in the header), `?region=` one region.
 */
export async function GET(request: Request) {
  try {
    await requireUser();
  } catch (e) {
    return apiErrorResponse(e);
  }
  const params = new URL(request.url).searchParams;
  const accountId = params.get("account");
  if (accountId === null) return readinessOf(params.get("region"));
  const accounts = await listAccounts();
  const account = accounts.find((a) => a.id === accountId);
  if (!account) {
    return Response.json(
      { error: `Account ${accountId} is not watched (watched: ${accounts.map((a) => a.id).join(", ")}).` },
      { status: 404 },
    );
  }
  return withAccount(account, () => readinessOf(params.get("region")));
}

async function readinessOf(requested: string | null): Promise<Response> {
  const configured = await configuredRegions();
  if (requested && !configured.includes(requested)) {
    return Response.json({ error: `Region ${requested} is not configured (configured: ${configured.join(", ")}).` }, { status: 404 });
  }
  const list = requested ? [requested] : configured;
  const views = await Promise.all(list.map(async (region) => ({ region, view: await getAccountView(region) })));
  return Response.json({
    account: await currentAccountId(),
    regions: views.map(({ region, view }) => ({
      region,
      readAt: view.lastGood?.readAt ?? null,
      stale: view.lastFailure ? { at: view.lastFailure.at, error: view.lastFailure.error } : null,
      score: view.readiness?.score ?? null,
      ready: view.readiness?.ready ?? null,
      danger: view.danger,
      nextActions: view.readiness?.nextActions.map((c) => c.id) ?? [],
      checks: view.readiness?.checks ?? [],
    })),
  });
}
