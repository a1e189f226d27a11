/** Roles, weakest first. A role may do everything the roles before it may. */
export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer: reads everything, changes nothing",
  operator: "Operator: on-call, sends test mail, acknowledges alerts",
  admin: "Admin: everything, including AWS settings, users and the access request",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function hasRole(actual: string, needed: Role): boolean {
  return isRole(actual) && ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}
