import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { SUPPRESSION_CSV_HEADER } from "./suppression-csv";
import { textStream } from "../util/text-stream";
import { suppressionCsvChunks } from "./suppression-export";

const COUNT = 2_345;

describe.each(databaseKinds())("the suppression list export (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("streams every suppression exactly once, newest first, past any single page, and only the matches of a search", async () => {
    // Many rows share a timestamp, so the order must not rest on createdAt alone.
    const base = Date.UTC(2026, 11, 1);
    await store.db!.suppression.createMany({
      data: Array.from({ length: COUNT }, (_, i) => ({
        address: `user${String(i).padStart(5, "0")}@${i % 10 === 0 ? "bounce.example" : "ok.example"}`,
        reason: "hard-bounce",
        createdAt: new Date(base + Math.floor(i / 7) * 1000),
      })),
    });
    const text = await new Response(textStream(suppressionCsvChunks(undefined))).text();
    expect(text.startsWith(SUPPRESSION_CSV_HEADER)).toBe(true);
    const lines = text.slice(SUPPRESSION_CSV_HEADER.length).split("\r\n").filter(Boolean);
    const addresses = lines.map((l) => l.split(",")[0]!);
    expect(addresses).toHaveLength(COUNT);
    expect(new Set(addresses).size).toBe(COUNT);
    const times = lines.map((l) => Date.parse(l.split(",")[3]!));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const searched = await new Response(textStream(suppressionCsvChunks(" BOUNCE.example "))).text();
    const found = searched.split("\r\n").slice(1).filter(Boolean);
    expect(found).toHaveLength(Math.ceil(COUNT / 10));
    expect(found.every((l) => l.includes("@bounce.example"))).toBe(true);
  });
});
