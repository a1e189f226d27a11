"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import type { NotificationSetupState } from "@/lib/aws/notification-setup-state";
import { setUpNotificationsAction } from "../actions";

type Props = {
  identities: string[];
  identity?: string;
  initial?: NotificationSetupState;
  readError?: string;
  endpoint: string;
  canAct: boolean;
};

export function SetupPanel({ identities, identity, initial, readError, endpoint, canAct }: Props) {
  const [state, action, pending] = useActionState(setUpNotificationsAction, undefined);
  const shown = state?.ok ? state.data : initial;
  return (
    <div className="space-y-4">
      {readError && !state?.ok && <FormMessage error={`Could not read the set-up from AWS: ${readError}`} />}
      {shown && (
        <ul className="space-y-1 text-sm" data-testid="setup-pieces">
          {shown.pieces.map((p) => {
            // The two routes are alternatives: the one not chosen is not a fault.
            const unused = p.id.startsWith("route:") && !p.ok && shown.routes.length > 0;
            const mark = p.ok ? "✓" : p.optional || unused ? "–" : "✗";
            return (
              <li key={p.id} data-piece={p.id} data-ok={p.ok} className="flex flex-wrap gap-x-2">
                <span
                  aria-hidden
                  className={
                    p.ok
                      ? "text-emerald-700 dark:text-emerald-400"
                      : p.optional || unused
                        ? "text-slate-500"
                        : "text-red-700 dark:text-red-400"
                  }
                >
                  {mark}
                </span>
                <span className="font-medium">{p.label}</span>
                <span className="break-all text-slate-600 dark:text-slate-400">
                  {unused ? `not used (the other route is in place): ${p.detail}` : p.detail}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {shown && (
        <p
          data-testid="setup-summary"
          className={
            shown.complete
              ? "text-sm font-medium text-emerald-700 dark:text-emerald-400"
              : "text-sm font-medium text-red-700 dark:text-red-400"
          }
        >
          {shown.complete
            ? `Bounce and complaint handling is in place for ${shown.identity}.`
            : `Not complete for ${shown.identity}: run the set-up to create or repair what is missing.`}
        </p>
      )}
      {canAct ? (
        <form action={action} className="space-y-3">
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="space-y-1">
              <label htmlFor="identity" className="block text-sm font-medium">
                Identity
              </label>
              <select
                id="identity"
                name="identity"
                defaultValue={identity}
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950"
              >
                {identities.map((i) => (
                  <option key={i}>{i}</option>
                ))}
              </select>
            </div>
            <div className="space-y-1">
              <label htmlFor="adminEmail" className="block text-sm font-medium">
                Also e-mail bounces and complaints to (optional)
              </label>
              <input
                id="adminEmail"
                name="adminEmail"
                type="email"
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950"
              />
            </div>
          </div>
          <fieldset className="space-y-2 text-sm">
            <legend className="font-medium">How SES routes the notifications</legend>
            <label className="flex gap-2">
              <input type="radio" name="mode" value="identity-topics" defaultChecked />
              <span>
                <strong>Identity notification topics</strong> (SES v1, as the guide does): bounces and complaints of this identity, whatever
                configuration set a message uses.
              </span>
            </label>
            <label className="flex gap-2">
              <input type="radio" name="mode" value="configuration-set" />
              <span>
                <strong>Configuration set</strong> (SES v2) made the identity&apos;s default, with BOUNCE, COMPLAINT, DELIVERY and REJECT
                events: deliveries too, so a silent pipeline is noticed sooner; messages sent with another configuration set are not
                covered.
              </span>
            </label>
          </fieldset>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            SNS will post to {endpoint}; the dashboard confirms the subscription itself. Running this again repairs whatever drifted.
          </p>
          <button type="submit" disabled={pending || !identities.length} className={buttonStyles.primary}>
            {pending ? "Setting up…" : "Set up bounce and complaint handling"}
          </button>
          {state && !state.ok && <FormMessage error={state.error} />}
        </form>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">An admin can set this up or repair it.</p>
      )}
    </div>
  );
}
