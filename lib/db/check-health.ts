import "server-only";
import { db } from "./client";

export async function checkHealth(): Promise<{ status: "ok" | "degraded"; database: "ok" | "unreachable" }> {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "degraded", database: "unreachable" };
  }
}
