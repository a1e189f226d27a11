"use client";

import { useRouter } from "next/navigation";

type Props = { label: string; cookie: string; options: { value: string; label: string }[]; current: string; testId: string };

/** Account and region are remembered in a cookie the server reads: every page follows this choice. */
export function ScopeSwitcher({ label, cookie, options, current, testId }: Props) {
  const router = useRouter();
  if (options.length < 2) {
    return (
      <span data-testid={testId} className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">
        {label}: {options.find((o) => o.value === current)?.label ?? current}
      </span>
    );
  }
  return (
    <label className="flex items-center gap-1">
      <span>{label}</span>
      <select
        data-testid={testId}
        value={current}
        onChange={(e) => {
          document.cookie = `${cookie}=${encodeURIComponent(e.target.value)}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
        className="max-w-[12rem] rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
