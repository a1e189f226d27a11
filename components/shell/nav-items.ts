import type { Role } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string; role?: Role };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview" },
  { href: "/readiness", label: "Readiness" },
  { href: "/history", label: "History" },
  { href: "/domains", label: "Domains" },
  { href: "/reputation", label: "Reputation" },
  { href: "/alerts", label: "Alerts" },
  { href: "/production-access", label: "Production access" },
  { href: "/bounces", label: "Bounces and complaints" },
  { href: "/settings", label: "Settings" },
  { href: "/users", label: "Users", role: "admin" },
  { href: "/audit", label: "Audit log", role: "admin" },
];
