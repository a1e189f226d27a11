"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type HistoryChartPoint = { t: number; score: number | null; sent: number | null; quota: number | null };

const label = (t: number) => new Date(t).toISOString().slice(0, 16).replace("T", " ");

/** Readiness score (left axis) and quota usage (right axis) on one time line. */
export function HistoryChart({ data }: { data: HistoryChartPoint[] }) {
  return (
    <div className="h-72 w-full" data-testid="history-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#94a3b833" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={(t: number) => label(t).slice(0, 10)}
            tick={{ fontSize: 11 }}
            minTickGap={32}
          />
          <YAxis yAxisId="score" domain={[0, 100]} tick={{ fontSize: 11 }} width={36} />
          <YAxis yAxisId="sent" orientation="right" tick={{ fontSize: 11 }} width={48} />
          <Tooltip labelFormatter={(t) => `${label(Number(t))} UTC`} contentStyle={{ fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            yAxisId="score"
            type="monotone"
            dataKey="score"
            name="Readiness score"
            stroke="#059669"
            dot={false}
            strokeWidth={2}
            connectNulls
          />
          <Line yAxisId="sent" type="monotone" dataKey="sent" name="Sent (24 h)" stroke="#0369a1" dot={false} connectNulls />
          <Line yAxisId="sent" type="stepAfter" dataKey="quota" name="Daily quota" stroke="#dc2626" dot={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
