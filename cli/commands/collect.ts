import { env } from "../../lib/env";
import { migrate } from "../../lib/db/migrate";
import { collectAll, collectionLabel } from "../../lib/snapshots/collect-all";

/**
 * `collect`: one scheduled-style collection of every watched account and configured region, for
 * teams that run it from cron. It claims the interval like the server does, so
 * running both never stores an interval twice. Exit 1 when a region failed.
 */
export async function collectCommand(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    console.log("Usage: ses-launchpad collect\nReads every watched account in every region of AWS_SES_REGIONS once and stores the readings in DATABASE_URL.");
    return 0;
  }
  await migrate(env().DATABASE_URL);
  const results = await collectAll("cli");
  for (const r of results) {
    const line = r.status === "stored" ? `stored (readiness ${r.score}/100)` : r.status === "skipped" ? "skipped: this interval was already collected" : `failed: ${r.error}`;
    console.log(`${collectionLabel(r)}: ${line}`);
  }
  return results.some((r) => r.status === "failed") ? 1 : 0;
}
