import "server-only";
import { runMutation } from "../auth/mutation";
import { changeRoleSchema, createUserSchema, removeUserSchema, setDisabledSchema } from "../validation/user";
import { changeRole, createUser, removeUser, setDisabled } from "./manage-users";

// Shared by the Users page's server actions and the JSON API, so both enforce the same rules.
export const createUserMutation = (raw: unknown) =>
  runMutation(
    { role: "admin", schema: createUserSchema, audit: (i, u) => ({ action: "user.create", target: u.email, details: { role: i.role } }) },
    raw,
    createUser,
  );

export const changeRoleMutation = (raw: unknown) =>
  runMutation(
    {
      role: "admin",
      schema: changeRoleSchema,
      audit: (_, r) => ({ action: "user.change-role", target: r.email, details: { from: r.from, to: r.to } }),
    },
    raw,
    changeRole,
  );

export const setDisabledMutation = (raw: unknown) =>
  runMutation(
    {
      role: "admin",
      schema: setDisabledSchema,
      audit: (_, r) => ({ action: r.disabled ? "user.disable" : "user.enable", target: r.email }),
    },
    raw,
    setDisabled,
  );

export const removeUserMutation = (raw: unknown) =>
  runMutation({ role: "admin", schema: removeUserSchema, audit: (_, r) => ({ action: "user.remove", target: r.email }) }, raw, removeUser);
