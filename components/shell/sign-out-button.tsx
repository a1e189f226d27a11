"use client";

import { useEffect, useState } from "react";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  // Disabled until hydrated: a click on the server-rendered button before React attaches the handler would do nothing.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => signOut({ callbackUrl: "/sign-in" })}
      className="rounded-md px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      Sign out
    </button>
  );
}
