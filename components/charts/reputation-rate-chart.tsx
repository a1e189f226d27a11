"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { isSparse, legendStyle, SYNC_ID, tickLabel, tooltipLabel, useHiddenSeries } from "./reputation-chart-parts";

export type RatePoint = { t: number; avg: number | null; max: number | null };

type Props = { title: string; data: RatePoint[]; review: number; atRisk: number; bucketMs: number; digits: number; testId: string };

const pct = (v: number, digits: number) => `${(v * 100).toFixed(digits)}%`;

/**
 * One rate against AWS's bands: healthy below review, amber to the pause level, red above. The average and
 * the worst period of each bucket; a bucket without data is a gap in the line.
 */
export function ReputationRateChart({ title, data, review, atRisk, bucketMs, digits, testId }: Props) {
  const { hidden, toggle } = useHiddenSeries();
  const peak = data.reduce((m, d) => Math.max(m, d.max ?? 0, d.avg ?? 0), 0);
  const top = Math.max(atRisk * 1.25, peak * 1.1);
  const sparse = isSparse(data, "avg");
  return (
    <figure className="w-full" data-testid={testId} aria-label={title}>
      <figcaption className="mb-1 text-sm font-medium">{title}</figcaption>
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} syncId={SYNC_ID} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <ReferenceArea y1={0} y2={review} fill="#10b981" fillOpacity={0.08} ifOverflow="hidden" />
            <ReferenceArea y1={review} y2={atRisk} fill="#f59e0b" fillOpacity={0.14} ifOverflow="hidden" />
            <ReferenceArea y1={atRisk} y2={top} fill="#ef4444" fillOpacity={0.12} ifOverflow="hidden" />
            <ReferenceLine
              y={review}
              stroke="#b45309"
              strokeDasharray="4 3"
              label={{ value: `review ${pct(review, review < 0.01 ? 1 : 0)}`, position: "insideTopLeft", fontSize: 10, fill: "#b45309" }}
            />
            <ReferenceLine
              y={atRisk}
              stroke="#b91c1c"
              strokeDasharray="4 3"
              label={{ value: `pause ${pct(atRisk, atRisk < 0.01 ? 1 : 0)}`, position: "insideTopLeft", fontSize: 10, fill: "#b91c1c" }}
            />
            <CartesianGrid strokeDasharray="3 3" stroke="#94a3b833" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              tickFormatter={tickLabel(bucketMs)}
              tick={{ fontSize: 11 }}
              minTickGap={32}
            />
            <YAxis
              domain={[0, top]}
              tickFormatter={(v: number) => pct(v, digits - 1)}
              tick={{ fontSize: 11 }}
              width={52}
              allowDataOverflow
            />
            <Tooltip
              labelFormatter={tooltipLabel}
              formatter={(v) => (typeof v === "number" ? pct(v, digits) : "no data")}
              contentStyle={{ fontSize: 12 }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} onClick={toggle} formatter={legendStyle(hidden)} />
            <Line
              type="linear"
              dataKey="avg"
              name="Average"
              stroke="#0369a1"
              strokeWidth={2}
              dot={sparse ? { r: 2 } : false}
              hide={hidden.has("avg")}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="max"
              name="Worst period"
              stroke="#7c3aed"
              strokeWidth={1}
              strokeDasharray="3 2"
              dot={false}
              hide={hidden.has("max")}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
