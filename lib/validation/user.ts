import { z } from "zod";
import { ROLES } from "../auth/roles";

// One schema per input, used by the form for instant feedback and by the server for truth.
export const emailField = z.string().trim().toLowerCase().email("Enter a valid e-mail address.").max(254);

export const passwordField = z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters.");

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const firstAdminSchema = z.object({
  name: z.string().trim().max(100).optional(),
  email: emailField,
  password: passwordField,
});

export const createUserSchema = z.object({
  name: z.string().trim().max(100).optional(),
  email: emailField,
  password: passwordField,
  role: z.enum(ROLES, { message: "Choose a role." }),
});

export const changeRoleSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES, { message: "Choose a role." }),
});

export type FieldErrors = Record<string, string[] | undefined>;

// Forms send "true"/"false"; the JSON API sends booleans.
const booleanField = z.preprocess(
  (v) => (v === "true" ? true : v === "false" ? false : v),
  z.boolean({ message: "Must be true or false." }),
);

export const setDisabledSchema = z.object({ userId: z.string().min(1), disabled: booleanField });

export const removeUserSchema = z.object({ userId: z.string().min(1) });
