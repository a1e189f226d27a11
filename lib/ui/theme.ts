export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | undefined): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

/** The class on <html>: none means "follow the system" (see globals.css). */
export function themeClass(value: string | undefined): string | undefined {
  const theme = parseTheme(value);
  return theme === "system" ? undefined : theme;
}

export function nextTheme(current: Theme): Theme {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]!;
}
