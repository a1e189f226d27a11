import { parseCommandArgs } from "../args";
import { stdio, type CommandIo } from "../io";
import { env } from "../../lib/env";
import { migrate } from "../../lib/db/migrate";
import { collectAll, collectionLabel } from "../../lib/snapshots/collect-all";

/**
 * `collect`: one scheduled-style collection of every watched account and configured region, for
 * teams that run it from cron. It claims the interval like the server does, so
 * running both never stores an interval twice. Exit 1 when a region failed.
 */
export async function collectCommand(argv: string[], io: CommandIo = stdio): Promise<number> {
  if (!parseCommandArgs("collect", argv, {}, io)) return 2;
  await migrate(env().DATABASE_URL);
  const results = await collectAll("cli");
  for (const r of results) {
    const line =
      r.status === "stored"
        ? `stored (readiness ${r.score}/100)`
        : r.status === "skipped"
          ? "skipped: this interval was already collected"
          : `failed: ${r.error}`;
    io.out(`${collectionLabel(r)}: ${line}\n`);
  }
  return results.some((r) => r.status === "failed") ? 1 : 0;
}
