import Link from "next/link";
import { ACCOUNT_COOKIE } from "@/lib/accounts/aws-account";
import { hasRole } from "@/lib/auth/roles";
import { REGION_COOKIE } from "@/lib/settings/selected-region";
import type { SessionUser } from "@/lib/auth/session";
import { NAV_ITEMS } from "./nav-items";
import { NavLinks } from "./nav-links";
import { ScopeSwitcher } from "./scope-switcher";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

type ShellProps = {
  user: SessionUser;
  region: string;
  regions: string[];
  /** The AWS account id the current credentials belong to, as shown. */
  account: string;
  accounts: { id: string; name: string }[];
  currentAccount: string;
  theme?: string;
  banner?: React.ReactNode;
  children: React.ReactNode;
};

export function AppShell({ user, region, regions, account, accounts, currentAccount, theme, banner, children }: ShellProps) {
  const items = NAV_ITEMS.filter((i) => !i.role || hasRole(user.role, i.role));
  return (
    <div className="min-h-screen">
      {banner}
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <Link href="/" className="font-semibold tracking-tight">
          SES Launchpad
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-xs">
          {accounts.length > 1 && (
            <ScopeSwitcher
              label="Account"
              cookie={ACCOUNT_COOKIE}
              options={accounts.map((a) => ({ value: a.id, label: a.name }))}
              current={currentAccount}
              testId="account-switcher"
            />
          )}
          <span data-testid="current-account" className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">
            {accounts.length > 1 ? "AWS" : "Account"}: {account}
          </span>
          <ScopeSwitcher
            label="Region"
            cookie={REGION_COOKIE}
            options={regions.map((r) => ({ value: r, label: r }))}
            current={region}
            testId="current-region"
          />
          <span data-testid="current-user" title={user.email}>
            {user.name ?? user.email} · {user.role}
          </span>
          <ThemeToggle initial={theme} />
          <SignOutButton />
        </div>
      </header>
      <div className="md:flex">
        <nav
          aria-label="Main"
          className="border-b border-slate-200 p-2 md:w-56 md:shrink-0 md:border-r md:border-b-0 dark:border-slate-800"
        >
          <NavLinks items={items} />
        </nav>
        <main className="min-w-0 flex-1 p-4 md:p-8">{children}</main>
      </div>
    </div>
  );
}
