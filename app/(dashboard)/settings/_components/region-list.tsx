"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import type { WatchedRegion } from "@/lib/settings/regions";
import { changeRegionAction } from "../actions";
import { StopWatchingForm } from "./stop-watching-form";

/** The watched regions; admins add one or remove one they added (the environment's stay). */
export function RegionList({
  regions,
  canEdit,
  suggestions,
}: {
  regions: WatchedRegion[];
  canEdit: boolean;
  suggestions: readonly string[];
}) {
  const [state, action, pending] = useActionState(changeRegionAction, undefined);
  const fieldError = state && !state.ok ? state.fieldErrors?.region?.join(" ") : undefined;
  return (
    <div className="space-y-3 text-sm">
      <ul data-testid="watched-regions" className="divide-y divide-slate-200 dark:divide-slate-800">
        {regions.map((r, i) => (
          <li key={r.name} data-region={r.name} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-mono">{r.name}</span>
              <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                {i === 0 ? "default, from AWS_SES_REGION" : r.source === "environment" ? "from AWS_SES_REGIONS" : "added here"}
              </span>
            </span>
            {canEdit && r.source === "dashboard" && (
              <StopWatchingForm action={action} fields={{ op: "remove", region: r.name }} name={r.name} pending={pending} />
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form action={action} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="op" value="add" />
          <div className="space-y-1">
            <label htmlFor="add-region" className="block font-medium">
              Add a region
            </label>
            <input
              id="add-region"
              name="region"
              list="ses-regions"
              required
              placeholder="eu-west-1"
              autoComplete="off"
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? "add-region-error" : undefined}
              className="block w-48 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono shadow-sm focus:border-sky-600 focus:ring-1 focus:ring-sky-600 focus:outline-none aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-950"
            />
            <datalist id="ses-regions">
              {suggestions
                .filter((s) => !regions.some((r) => r.name === s))
                .map((s) => (
                  <option key={s} value={s} />
                ))}
            </datalist>
          </div>
          <button type="submit" disabled={pending} className={buttonStyles.primary}>
            {pending ? "Saving…" : "Add region"}
          </button>
          {fieldError && (
            <p id="add-region-error" role="alert" className="basis-full text-red-700 dark:text-red-400">
              {fieldError}
            </p>
          )}
        </form>
      )}
      {state && !state.ok && !fieldError && <FormMessage error={state.error} />}
      {state?.ok && <FormMessage success={state.data.message} />}
    </div>
  );
}
