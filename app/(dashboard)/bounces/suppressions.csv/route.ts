import { requireUser } from "@/lib/auth/session";
import { suppressionCsvChunks } from "@/lib/bounces/suppression-export";
import { textStream } from "@/lib/util/text-stream";

/** GET /bounces/suppressions.csv?q=: the whole suppression list (or the search), streamed, for any signed-in user. */
export async function GET(request: Request): Promise<Response> {
  await requireUser();
  const q = new URL(request.url).searchParams.get("q") ?? undefined;
  return new Response(textStream(suppressionCsvChunks(q)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="suppressions-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
