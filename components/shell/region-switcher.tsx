"use client";

import { useRouter } from "next/navigation";

/** Production access, quotas and identities are per region: every page follows this choice. */
export function RegionSwitcher({ regions, current }: { regions: string[]; current: string }) {
  const router = useRouter();
  if (regions.length < 2) {
    return (
      <span data-testid="current-region" className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">
        Region: {current}
      </span>
    );
  }
  return (
    <label className="flex items-center gap-1">
      <span>Region</span>
      <select
        data-testid="current-region"
        value={current}
        onChange={(e) => {
          document.cookie = `region=${e.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
        className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
      >
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </label>
  );
}
