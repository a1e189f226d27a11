import { jsonResponse } from "@/lib/auth/mutation";
import { requireRole } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/manage-users";
import { createUserMutation } from "@/lib/users/user-mutations";
import { apiErrorResponse } from "@/lib/auth/api-errors";

export async function GET() {
  try {
    await requireRole("admin");
    return Response.json(await listUsers());
  } catch (e) {
    return apiErrorResponse(e);
  }
}

export async function POST(req: Request) {
  const body = await req.json().catch(() => null);
  return jsonResponse(await createUserMutation(body));
}
