/** Prisma's unique-constraint error (P2002), the same from the SQLite and PostgreSQL adapters. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
