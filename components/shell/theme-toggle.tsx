"use client";

import { useState } from "react";
import { nextTheme, parseTheme, type Theme } from "@/lib/ui/theme";

const LABEL: Record<Theme, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

export function ThemeToggle({ initial }: { initial?: string }) {
  const [theme, setTheme] = useState<Theme>(parseTheme(initial));
  function toggle() {
    const next = nextTheme(theme);
    setTheme(next);
    document.documentElement.classList.remove("light", "dark");
    if (next !== "system") document.documentElement.classList.add(next);
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
  }
  return (
    <button
      type="button"
      onClick={toggle}
      className="rounded-md px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {LABEL[theme]}
    </button>
  );
}
