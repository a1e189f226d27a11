import { jsonMutationRoute } from "@/lib/auth/json-mutation-route";
import { jsonResponse } from "@/lib/auth/mutation";
import { changeRoleMutation, removeUserMutation, setDisabledMutation } from "@/lib/users/user-mutations";

type Context = { params: Promise<{ id: string }> };

/** `{ "role": "operator" }` changes the role; `{ "disabled": true }` disables (false enables). One at a time. */
export const PATCH = jsonMutationRoute(async (body, ctx: Context) => {
  const fields = typeof body === "object" && body !== null ? body : {};
  const userId = (await ctx.params).id;
  if ("disabled" in fields && "role" in fields)
    return Response.json({ error: "Change the role or disabled, one at a time." }, { status: 422 });
  const input = { ...fields, userId };
  return "disabled" in fields ? jsonResponse(await setDisabledMutation(input)) : jsonResponse(await changeRoleMutation(input));
});

export const DELETE = jsonMutationRoute(async (_, ctx: Context) =>
  jsonResponse(await removeUserMutation({ userId: (await ctx.params).id })),
);
