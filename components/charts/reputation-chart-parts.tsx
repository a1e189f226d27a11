"use client";

import { useState } from "react";

/** Legend entries toggle their series; the hidden ones are kept by dataKey. */
export function useHiddenSeries() {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (entry: { dataKey?: unknown }) => {
    const key = String(entry.dataKey ?? "");
    setHidden((h) => {
      const next = new Set(h);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };
  return { hidden, toggle };
}

export const SYNC_ID = "reputation";

const iso = (t: number) => new Date(t).toISOString().replace("T", " ");

/** Ticks say the day for long ranges and the time for a day; tooltips always give the UTC minute. */
export const tickLabel = (bucketMs: number) => (t: number) => (bucketMs < 3_600_000 ? iso(t).slice(11, 16) : iso(t).slice(5, 10));
export const tooltipLabel = (t: unknown) => `${iso(Number(t)).slice(0, 16)} UTC`;

/** A series with values in fewer than a third of its buckets draws its points, or isolated values would vanish between gaps. */
export const isSparse = (data: ReadonlyArray<Record<string, unknown>>, key: string) =>
  data.filter((d) => d[key] !== null && d[key] !== undefined).length * 3 < data.length;

export const legendStyle = (hidden: ReadonlySet<string>) => (value: string, entry: { dataKey?: unknown }) => (
  <span
    style={{
      opacity: hidden.has(String(entry.dataKey)) ? 0.4 : 1,
      cursor: "pointer",
      textDecoration: hidden.has(String(entry.dataKey)) ? "line-through" : undefined,
    }}
  >
    {value}
  </span>
);
