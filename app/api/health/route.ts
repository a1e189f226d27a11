import { checkHealth } from "@/lib/db/check-health";

export const dynamic = "force-dynamic";

// Public: load balancers and uptime checks call it without a session. It says nothing secret.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
