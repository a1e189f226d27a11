import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so settings are read at run time, not at build time.
const handler = (req: NextRequest, ctx: Context) => NextAuth(req, ctx, authOptions());

export { handler as GET, handler as POST };
