// Adapters from Next.js entry points (server actions, route handlers, pages) to the operation chain.
import "server-only";
import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { executeOperation, type TOperation, type TResult } from "./operation";
import { can, type TPermission } from "./permissions";
import { getSessionUser, type TSessionUser } from "./session";
import { crossSiteRefusal } from "./same-origin";
import { isConnectionLost } from "@/lib/db/connect";
import { getDb } from "@/lib/db";

async function databaseReachable(): Promise<boolean> {
  try {
    await (await getDb()).sql.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

const unavailable = () =>
  Response.json(
    {
      error: "The database is unavailable for a moment. Try again in a minute.",
      code: "unavailable",
    },
    { status: 503, headers: { "Retry-After": "30" } },
  );

/** Is this failure the database being out of reach? Drivers and the auth library word it in many
 *  ways (a generic "failed to get session", DatabaseNotReachable), so when in doubt it is asked. */
async function databaseDown(error: unknown): Promise<boolean> {
  return isConnectionLost(error) || !(await databaseReachable());
}

/** The session of a route's request, or a 503 with a plain message while the database is unreachable. */
async function routeSession(headers: Headers): Promise<TSessionUser | null | Response> {
  try {
    return await getSessionUser(headers);
  } catch (error) {
    if (await databaseDown(error)) return unavailable();
    throw error;
  }
}

/**
 * Wraps a route handler so a database outage anywhere in it (not only in the session lookup, which
 * may be answered from the short session cache) answers 503 with a plain message instead of a 500.
 */
export function withOutage503<TArgs extends unknown[]>(
  handler: (...args: TArgs) => Promise<Response>,
): (...args: TArgs) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (await databaseDown(error)) return unavailable();
      throw error;
    }
  };
}

export async function runAction<TIn, TOut>(
  op: TOperation<TIn, TOut>,
  input: unknown,
): Promise<TResult<TOut>> {
  const result = await executeOperation(op, await getSessionUser(), input);
  if (result.ok) for (const path of op.revalidate ?? []) revalidatePath(path);
  return result;
}

const STATUS: Record<string, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

export function resultResponse<T>(result: TResult<T>): Response {
  if (result.ok) return Response.json(result.data);
  return Response.json(
    {
      error: result.error,
      code: result.code,
      fieldErrors: result.fieldErrors,
      current: result.current,
    },
    { status: STATUS[result.code] ?? (result.code === "internal" ? 500 : 422) },
  );
}

/** Route handlers with cookie auth: refuses cross-site writes (CSRF), then runs the chain. */
export async function runRoute<TIn, TOut>(
  op: TOperation<TIn, TOut>,
  request: Request,
  input: unknown,
): Promise<Response> {
  const refusal = crossSiteRefusal(request.method, request.headers);
  if (refusal) return refusal;
  const user = await routeSession(request.headers);
  if (user instanceof Response) return user;
  const result = await executeOperation(op, user, input);
  if (!result.ok && result.code === "internal" && !(await databaseReachable()))
    return unavailable();
  return resultResponse(result);
}

/** For reads in route handlers: the user when allowed, else the error response to return. */
export async function authorizeRequest(
  request: Request,
  permission: TPermission,
): Promise<TSessionUser | Response> {
  const refusal = crossSiteRefusal(request.method, request.headers);
  if (refusal) return refusal;
  const user = await routeSession(request.headers);
  if (user instanceof Response) return user;
  if (!user)
    return Response.json({ error: "Please sign in.", code: "unauthenticated" }, { status: 401 });
  if (!can(user.role, permission))
    return Response.json(
      { error: "You do not have permission to do that.", code: "forbidden" },
      { status: 403 },
    );
  return user;
}

/** For pages: redirects to sign-in when signed out; a role without the permission gets the 403
 *  page (app/forbidden.tsx). Sections with a loading.tsx also check in their layout, because a
 *  denial inside a streamed boundary could no longer change the status. */
export async function pageAccess(
  permission: TPermission,
  next = "/",
): Promise<{ user: TSessionUser; allowed: boolean }> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`);
  if (!can(user.role, permission)) forbidden();
  return { user, allowed: true };
}
