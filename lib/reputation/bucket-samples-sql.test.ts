import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { bucketStoredSamples } from "./bucket-samples-sql";
import type { ReputationPoint } from "./reputation-series";
import { bucketSamples, SAMPLE_FIELDS, type SampleRow } from "./sample-rows";

const M5 = 300_000;
const H = 3_600_000;
const START = Date.UTC(2026, 10, 1);

/** Deterministic rows with every shape the store holds: 5-minute and hourly periods, nulls, zeros, gaps, and rows on the range's edges. */
function sampleRows(): Array<SampleRow & { period: number }> {
  let s = 42;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows: Array<SampleRow & { period: number }> = [];
  for (let t = START - H; t <= START + 48 * H; t += M5) {
    if (t >= START + 10 * H && t < START + 14 * H) continue; // a four-hour gap
    const r = rand();
    rows.push({
      at: t,
      period: 300,
      bounceRate: r < 0.1 ? null : rand() / 10,
      complaintRate: r < 0.2 ? null : rand() / 1000,
      send: r < 0.05 ? null : Math.round(rand() * 40),
      delivery: Math.round(rand() * 30),
      bounce: r < 0.5 ? 0 : 1,
      complaint: null,
      reject: r > 0.9 ? 2 : 0,
    });
  }
  // Older hourly history, as the back-fill stores it.
  for (let t = START - 72 * H; t < START - H; t += H)
    rows.push({
      at: t,
      period: 3600,
      bounceRate: 0.01 + (t % 7) / 1000,
      complaintRate: 0.0005,
      send: 300,
      delivery: 290,
      bounce: 3,
      complaint: 0,
      reject: null,
    });
  return rows;
}

const close = (a: ReputationPoint[], b: ReputationPoint[]) => {
  expect(a.map((p) => p.t)).toEqual(b.map((p) => p.t));
  a.forEach((p, i) => {
    for (const [k, v] of Object.entries(p)) {
      const w = b[i]![k as keyof ReputationPoint];
      // Gaps must match exactly; values up to the databases' own float summation order.
      if (v === null || w === null) expect([k, p.t, v]).toEqual([k, p.t, w]);
      else expect(v).toBeCloseTo(w, 12);
    }
  });
};

describe.each(databaseKinds())("bucketStoredSamples in SQL gives bucketSamples's result (%s)", (kind) => {
  const store = useTestDatabase(kind);
  const rows = sampleRows();

  it("for every chart bucket size, with gaps as nulls and rows of other regions and accounts left out", async () => {
    await store.db!.reputationSample.createMany({
      data: [
        ...rows.map(({ at, ...r }) => ({ region: "us-east-1", at: new Date(at), ...r })),
        { region: "eu-west-1", period: 300, at: new Date(START + 5 * M5), bounceRate: 0.9, send: 1000 },
        // Another watched account's row in the same region and period: raw SQL must leave it out too.
        { account: "other-account", region: "us-east-1", period: 300, at: new Date(START + 7 * M5 + 1), bounceRate: 0.9, send: 1000 },
      ],
    });
    for (const [from, to, bucket] of [
      [START, START + 24 * H, M5],
      [START - 3 * 24 * H, START + 2 * 24 * H, H],
      [START - 3 * 24 * H, START + 3 * 24 * H, 3 * H],
      [START - 30 * 24 * H, START + 30 * 24 * H, 12 * H],
    ] as const) {
      const expected = bucketSamples(
        rows.filter((r) => r.at >= from && r.at < to),
        from,
        to,
        bucket,
      );
      const actual = await bucketStoredSamples("us-east-1", from, to, bucket);
      close(actual, expected);
      expect(actual.some((p) => p.send === null)).toBe(true);
    }
  });

  it("keeps a stored zero a zero and a bucket without rows a gap", async () => {
    const [gap, zero] = [START + 11 * H, START + 2 * H];
    const out = await bucketStoredSamples("us-east-1", START, START + 24 * H, H);
    expect(out.find((p) => p.t === gap)).toMatchObject({ send: null, bounceRate: null, bounceRateMax: null, reject: null });
    expect(out.find((p) => p.t === zero)!.bounce).not.toBeNull();
    expect(await bucketStoredSamples("ap-southeast-2", START, START + H, M5)).toEqual(
      Array.from({ length: 12 }, (_, i) => ({
        t: START + i * M5,
        bounceRate: null,
        bounceRateMax: null,
        complaintRate: null,
        complaintRateMax: null,
        ...Object.fromEntries(SAMPLE_FIELDS.slice(2).map((f) => [f, null])),
      })),
    );
  });
});
