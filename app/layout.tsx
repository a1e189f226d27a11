import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { themeClass } from "@/lib/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SES Launchpad", template: "%s · SES Launchpad" },
  description: "From the Amazon SES sandbox to production access, and healthy afterwards.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const theme = (await cookies()).get("theme")?.value;
  return (
    <html lang="en" className={themeClass(theme)}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
