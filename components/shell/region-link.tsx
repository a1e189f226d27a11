"use client";

/**
 * A link into another region's pages: the region is remembered in the cookie every page reads, so it is set
 * before the browser follows the link (a full load, so the server renders the new region).
 */
type Props = { cookie: string; region: string; href: string; className?: string; children: React.ReactNode };

export function RegionLink({ cookie, region, href, className, children }: Props) {
  return (
    <a
      href={href}
      className={className}
      onClick={() => {
        document.cookie = `${cookie}=${encodeURIComponent(region)}; path=/; max-age=31536000; samesite=lax`;
      }}
    >
      {children}
    </a>
  );
}
