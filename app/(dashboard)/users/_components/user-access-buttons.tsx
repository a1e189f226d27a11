"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { removeUserAction, setDisabledAction, type UserFormState } from "../actions";

const errorOf = (state: UserFormState) => (state?.result && !state.result.ok ? state.result.error : undefined);

/** Stops the submit unless the admin confirms: both changes end the user's sessions at once. */
const confirmFirst = (question: string) => (e: React.FormEvent<HTMLFormElement>) => {
  if (!window.confirm(question)) e.preventDefault();
};

export function UserAccessButtons({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const [toggleState, toggle, togglePending] = useActionState(setDisabledAction, undefined);
  const [removeState, remove, removePending] = useActionState(removeUserAction, undefined);
  const error = errorOf(toggleState) ?? errorOf(removeState);
  return (
    <div className="flex items-center gap-2 whitespace-nowrap">
      <form
        action={toggle}
        onSubmit={confirmFirst(disabled ? `Let ${email} sign in again?` : `Disable ${email}? Their open sessions end at once.`)}
      >
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={String(!disabled)} />
        <button type="submit" disabled={togglePending} className={buttonStyles.secondary}>
          {disabled ? "Enable" : "Disable"}
        </button>
      </form>
      <form action={remove} onSubmit={confirmFirst(`Remove ${email}? This cannot be undone, and their open sessions end at once.`)}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" disabled={removePending} className={buttonStyles.danger}>
          Remove
        </button>
      </form>
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </div>
  );
}
