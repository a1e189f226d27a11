"use server";

import { revalidatePath } from "next/cache";
import { formObject, type MutationResult } from "@/lib/auth/mutation";
import { changeRoleMutation, createUserMutation, removeUserMutation, setDisabledMutation } from "@/lib/users/user-mutations";

export type UserFormState = { result?: MutationResult<unknown>; nonce?: number } | undefined;

/** One server action per mutation, each revalidating the page when it changed something. */
const action =
  (mutation: (raw: unknown) => Promise<MutationResult<unknown>>) =>
  async (_: UserFormState, form: FormData): Promise<UserFormState> => {
    const result = await mutation(formObject(form));
    if (result.ok) revalidatePath("/users");
    return { result, nonce: Date.now() };
  };

export const createUserAction = action(createUserMutation);
export const changeRoleAction = action(changeRoleMutation);
export const setDisabledAction = action(setDisabledMutation);
export const removeUserAction = action(removeUserMutation);
