import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy } from "@/lib/auth/content-security-policy";
import { isPublicPath } from "@/lib/auth/public-paths";

/**
 * Turns the signed-out away early (pages to the sign-in page, APIs to a 401)
 * and sets the content security policy with a fresh nonce. The real checks,
 * roles included, happen again on the server for every read and mutation.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (!isPublicPath(pathname)) {
    // next-auth reads NEXTAUTH_SECRET itself (set by scripts/start.mjs).
    const token = await getToken({ req });
    if (!token?.uid) {
      if (pathname.startsWith("/api/")) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
      const to = new URL("/sign-in", req.url);
      if (pathname !== "/") to.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(to);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("content-security-policy", csp);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
