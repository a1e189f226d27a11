import { apiErrorResponse } from "@/lib/auth/api-errors";
import { jsonMutationRoute } from "@/lib/auth/json-mutation-route";
import { jsonResponse } from "@/lib/auth/mutation";
import { requireRole } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/manage-users";
import { createUserMutation } from "@/lib/users/user-mutations";

export async function GET() {
  try {
    await requireRole("admin");
    return Response.json(await listUsers());
  } catch (e) {
    return apiErrorResponse(e);
  }
}

export const POST = jsonMutationRoute(async (body) => jsonResponse(await createUserMutation(body)));
