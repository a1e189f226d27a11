"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type UsagePoint = { day: string; sent?: number; quota?: number; projected?: number };

/** Daily peak usage against the quota, with the projected trend dashed. */
export function UsageChart({ data }: { data: UsagePoint[] }) {
  return (
    <div className="h-64 w-full" data-testid="usage-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#94a3b833" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis tick={{ fontSize: 11 }} width={48} />
          <Tooltip contentStyle={{ fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="sent" name="Sent (24 h peak)" stroke="#0369a1" dot={false} strokeWidth={2} connectNulls />
          <Line type="stepAfter" dataKey="quota" name="Daily quota" stroke="#dc2626" dot={false} strokeWidth={1.5} />
          <Line type="linear" dataKey="projected" name="Trend" stroke="#0369a1" strokeDasharray="5 4" dot={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
