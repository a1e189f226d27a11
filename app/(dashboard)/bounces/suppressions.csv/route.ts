import { requireUser } from "@/lib/auth/session";
import { listSuppressions } from "@/lib/bounces/query-events";
import { suppressionsCsv } from "@/lib/bounces/suppression-csv";

/** GET /bounces/suppressions.csv?q=: the whole suppression list (or the search), for any signed-in user. */
export async function GET(request: Request): Promise<Response> {
  await requireUser();
  const q = new URL(request.url).searchParams.get("q") ?? undefined;
  const { rows } = await listSuppressions(q, 100_000);
  return new Response(suppressionsCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="suppressions-${new Date().toISOString().slice(0, 10)}.csv"` },
  });
}
