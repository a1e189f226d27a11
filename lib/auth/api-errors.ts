import "server-only";
import { ForbiddenError, UnauthenticatedError } from "./session";

/** Maps the auth failures of a read endpoint to HTTP; anything else is a bug and is rethrown. */
export function apiErrorResponse(e: unknown): Response {
  if (e instanceof UnauthenticatedError) return Response.json({ error: e.message }, { status: 401 });
  if (e instanceof ForbiddenError) return Response.json({ error: e.message }, { status: 403 });
  throw e;
}
