import { jsonMutationRoute } from "@/lib/auth/json-mutation-route";
import { jsonResponse } from "@/lib/auth/mutation";
import { changeRoleMutation } from "@/lib/users/user-mutations";

type Context = { params: Promise<{ id: string }> };

export const PATCH = jsonMutationRoute(async (body, ctx: Context) => {
  const fields = typeof body === "object" && body !== null ? body : {};
  return jsonResponse(await changeRoleMutation({ ...fields, userId: (await ctx.params).id }));
});
