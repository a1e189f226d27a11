import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { FieldErrors } from "../validation/user";
import { clientAddress } from "./client-address";
import type { Role } from "./roles";
import { ForbiddenError, requireRole, UnauthenticatedError, type SessionUser } from "./session";

export type MutationResult<T> =
  { ok: true; data: T } | { ok: false; status: 401 | 403 | 404 | 409 | 422 | 429; error: string; fieldErrors?: FieldErrors };

/** An expected refusal with its HTTP meaning; anything else thrown is a bug. */
export class MutationRefused extends Error {
  constructor(
    readonly status: 404 | 409 | 422 | 429,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

type Audit<I, T> = (input: I, data: NoInfer<T>) => { action: string; target?: string; details?: Record<string, unknown> };

/**
 * The one path every mutation takes, from a server action or a route handler:
 * session, role, input validation, the change, then the audit log entry.
 */
export async function runMutation<S extends z.ZodType, T>(
  spec: { role: Role; schema: S; audit: Audit<z.infer<S>, T> },
  raw: unknown,
  change: (input: z.infer<S>, actor: SessionUser) => Promise<T>,
): Promise<MutationResult<T>> {
  let actor: SessionUser;
  try {
    actor = await requireRole(spec.role);
  } catch (e) {
    if (e instanceof UnauthenticatedError) return { ok: false, status: 401, error: e.message };
    if (e instanceof ForbiddenError) return { ok: false, status: 403, error: e.message };
    throw e;
  }
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, status: 422, error: "Check the highlighted fields.", fieldErrors };
  }
  try {
    const data = await change(parsed.data, actor);
    const ip = clientAddress(await headers());
    await recordAudit({ actor, ip, ...spec.audit(parsed.data, data) });
    return { ok: true, data };
  } catch (e) {
    if (e instanceof MutationRefused) return { ok: false, status: e.status, error: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
}

/** FormData to a plain object, for schemas shared with JSON callers. */
export function formObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}

export function jsonResponse<T>(result: MutationResult<T>): Response {
  return result.ok
    ? Response.json(result.data)
    : Response.json({ error: result.error, fieldErrors: result.fieldErrors }, { status: result.status });
}
