import "server-only";
import { db } from "../db/client";
import { SUPPRESSION_CSV_HEADER, suppressionCsvLines } from "./suppression-csv";

const PAGE = 1_000;

/**
 * The whole suppression list (or a search of it) as CSV, a page at a time, newest first: a list of any size
 * is exported complete while the server holds one page. Keyset paging on (createdAt, id) keeps the order
 * stable while new suppressions arrive during the export (they are newer, so they are not in it).
 */
export async function* suppressionCsvChunks(q: string | undefined): AsyncGenerator<string> {
  const search = q?.trim() ? { address: { contains: q.trim().toLowerCase() } } : {};
  yield SUPPRESSION_CSV_HEADER;
  let cursor: { id: string } | undefined;
  for (;;) {
    const rows = await db().suppression.findMany({
      where: search,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE,
      ...(cursor ? { cursor, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield suppressionCsvLines(rows);
    if (rows.length < PAGE) return;
    cursor = { id: rows[rows.length - 1]!.id };
  }
}
