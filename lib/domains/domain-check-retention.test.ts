import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { applyRetention } from "../snapshots/apply-retention";

const DAY = 86_400_000;

describe.each(databaseKinds())("domain check retention (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("deletes checks older than RETAIN_RAW_DAYS but keeps the newest of each domain", async () => {
    const now = new Date(Date.UTC(2026, 10, 1));
    const row = (domain: string, daysAgo: number, region = "us-east-1") =>
      store.db!.domainCheck.create({
        data: {
          region,
          domain,
          checkedAt: new Date(now.getTime() - daysAgo * DAY),
          verdict: "pass",
          spfStatus: "ok",
          dkimStatus: "ok",
          dmarcStatus: "ok",
          mailFromStatus: "ok",
          result: "{}",
        },
      });
    for (const d of [40, 35]) await row("quiet.example", d);
    for (const d of [40, 31, 1]) await row("busy.example", d);
    await row("elsewhere.example", 40, "eu-west-1");
    await applyRetention("us-east-1", now);
    const left = await store.db!.domainCheck.findMany({
      orderBy: [{ domain: "asc" }, { checkedAt: "asc" }],
      select: { domain: true, checkedAt: true },
    });
    expect(left.map((r) => [r.domain, Math.round((now.getTime() - r.checkedAt.getTime()) / DAY)])).toEqual([
      ["busy.example", 1],
      ["elsewhere.example", 40],
      ["quiet.example", 35],
    ]);
  });
});
