import "server-only";
import { env } from "../env";
import { mutationRequestRefusal } from "./cross-site-policy";

type Handler<C> = (body: unknown, ctx: C, req: Request) => Promise<Response>;

/**
 * The guard of every state-changing API route: a foreign origin gets 403 and a
 * body that is not JSON 415, before any session or database is read. The handler
 * receives the parsed body (null when there is none), then the route's context and the request.
 */
export function jsonMutationRoute<C>(handler: Handler<C>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const h = req.headers;
    const refusal = mutationRequestRefusal({
      method: req.method,
      origin: h.get("origin"),
      secFetchSite: h.get("sec-fetch-site"),
      contentType: h.get("content-type"),
      host: (h.get("x-forwarded-host") ?? h.get("host"))?.split(",")[0]?.trim() ?? null,
      appUrl: env().APP_URL,
    });
    if (refusal) return Response.json({ error: refusal.error }, { status: refusal.status });
    const body = parseJson(await req.text());
    if (body === INVALID) return Response.json({ error: "The body is not valid JSON." }, { status: 400 });
    return handler(body, ctx, req);
  };
}

const INVALID = Symbol("invalid JSON");

function parseJson(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}
