import { jsonResponse } from "@/lib/auth/mutation";
import { changeRoleMutation } from "@/lib/users/user-mutations";

export async function PATCH(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const body = (await req.json().catch(() => null)) as Record<string, unknown> | null;
  return jsonResponse(await changeRoleMutation({ ...body, userId: (await ctx.params).id }));
}
