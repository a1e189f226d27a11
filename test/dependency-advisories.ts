/**
 * Advisories that apply to the versions of next, next-auth, React and their auth dependencies, checked by hand
 * because this machine's registry does not answer `npm audit` (see README, Security). Each lists the first fixed
 * version of the line the project uses; test/dependency-advisories.test.ts fails when a pinned version is below.
 * Checked 2026-12-07 against the advisories published up to that day.
 */
export type Advisory = { id: string; pkg: string; fixed: string; what: string };

export const ADVISORIES: Advisory[] = [
  {
    id: "CVE-2025-66478 / CVE-2025-55182",
    pkg: "next",
    fixed: "16.0.7",
    what: "remote code execution through React Server Components (React2Shell)",
  },
  {
    id: "CVE-2025-55184, CVE-2025-55183, CVE-2025-67779",
    pkg: "next",
    fixed: "16.0.10",
    what: "denial of service and source exposure through Server Components",
  },
  { id: "CVE-2025-55182", pkg: "react-dom", fixed: "19.2.1", what: "the same flaw in React's Server Components runtime" },
  { id: "CVE-2025-29927", pkg: "next", fixed: "15.2.3", what: "middleware (proxy) bypass through x-middleware-subrequest" },
  { id: "CVE-2023-48309", pkg: "next-auth", fixed: "4.24.5", what: "a forged session accepted by the middleware when no token is present" },
  {
    id: "GHSA-5jpx-9hw9-2fx4",
    pkg: "next-auth",
    fixed: "4.24.12",
    what: "e-mail sign-in links misdelivered through nodemailer's address parser (no e-mail provider here)",
  },
  { id: "GHSA-7rqj-j65f-68wh", pkg: "next-auth", fixed: "4.24.15", what: "e-mail normalised after validation, a homoglyph @ bypass" },
  {
    id: "GHSA-pxg6-pf52-xh8x",
    pkg: "cookie",
    fixed: "0.7.0",
    what: "out-of-bounds characters accepted in cookie names, paths and domains",
  },
];

/** -1, 0 or 1, comparing dotted numeric versions (pre-release tags are not used by these pins). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}
