"use server";

import { revalidatePath } from "next/cache";
import { formObject, type MutationResult } from "@/lib/auth/mutation";
import { changeRoleMutation, createUserMutation } from "@/lib/users/user-mutations";

export type UserFormState = { result?: MutationResult<unknown>; nonce?: number } | undefined;

export async function createUserAction(_: UserFormState, form: FormData): Promise<UserFormState> {
  const result = await createUserMutation(formObject(form));
  if (result.ok) revalidatePath("/users");
  return { result, nonce: Date.now() };
}

export async function changeRoleAction(_: UserFormState, form: FormData): Promise<UserFormState> {
  const result = await changeRoleMutation(formObject(form));
  if (result.ok) revalidatePath("/users");
  return { result, nonce: Date.now() };
}
