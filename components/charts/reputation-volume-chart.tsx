"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { isSparse, legendStyle, SYNC_ID, tickLabel, tooltipLabel, useHiddenSeries } from "./reputation-chart-parts";

export type VolumePoint = {
  t: number;
  send: number | null;
  delivery: number | null;
  bounce: number | null;
  complaint: number | null;
  reject: number | null;
};

const SERIES = [
  { key: "send", name: "Send", color: "#0369a1" },
  { key: "delivery", name: "Delivery", color: "#059669" },
  { key: "bounce", name: "Bounce", color: "#d97706" },
  { key: "complaint", name: "Complaint", color: "#dc2626" },
  { key: "reject", name: "Reject", color: "#6b7280" },
] as const;

/** The AWS/SES event counts per bucket; click a legend entry to hide or show that series. */
export function ReputationVolumeChart({ data, bucketMs }: { data: VolumePoint[]; bucketMs: number }) {
  const { hidden, toggle } = useHiddenSeries();
  const sparse = isSparse(data, "send");
  return (
    <figure className="w-full" data-testid="reputation-volume-chart" aria-label="Send, Delivery, Bounce, Complaint and Reject">
      <figcaption className="mb-1 text-sm font-medium">
        Volumes per {bucketMs >= 3_600_000 ? `${bucketMs / 3_600_000} h` : `${bucketMs / 60_000} min`}
      </figcaption>
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} syncId={SYNC_ID} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
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
            <YAxis tick={{ fontSize: 11 }} width={52} allowDecimals={false} />
            <Tooltip
              labelFormatter={tooltipLabel}
              formatter={(v) => (typeof v === "number" ? v.toLocaleString("en-US") : "no data")}
              contentStyle={{ fontSize: 12 }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} onClick={toggle} formatter={legendStyle(hidden)} />
            {SERIES.map((s) => (
              <Line
                key={s.key}
                type="linear"
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeWidth={s.key === "send" ? 2 : 1.5}
                dot={sparse ? { r: 2 } : false}
                hide={hidden.has(s.key)}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
