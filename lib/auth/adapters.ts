// Adapters from Next.js entry points (server actions, route handlers, pages) to the operation chain.
import "server-only";
import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { executeOperation, type TOperation, type TResult } from "./operation";
import { can, type TPermission } from "./permissions";
import { getSessionUser, type TSessionUser } from "./session";
import { crossSiteRefusal } from "./same-origin";

export async function runAction<TIn, TOut>(op: TOperation<TIn, TOut>, input: unknown): Promise<TResult<TOut>> {
  const result = await executeOperation(op, await getSessionUser(), input);
  if (result.ok) for (const path of op.revalidate ?? []) revalidatePath(path);
  return result;
}

const STATUS: Record<string, number> = { validation: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409 };

export function resultResponse<T>(result: TResult<T>): Response {
  if (result.ok) return Response.json(result.data);
  return Response.json({ error: result.error, code: result.code, fieldErrors: result.fieldErrors, current: result.current }, { status: STATUS[result.code] ?? (result.code === "internal" ? 500 : 422) });
}

/** Route handlers with cookie auth: refuses cross-site writes (CSRF), then runs the chain. */
export async function runRoute<TIn, TOut>(op: TOperation<TIn, TOut>, request: Request, input: unknown): Promise<Response> {
  const refusal = crossSiteRefusal(request.method, request.headers);
  if (refusal) return refusal;
  return resultResponse(await executeOperation(op, await getSessionUser(request.headers), input));
}

/** For reads in route handlers: the user when allowed, else the error response to return. */
export async function authorizeRequest(request: Request, permission: TPermission): Promise<TSessionUser | Response> {
  const refusal = crossSiteRefusal(request.method, request.headers);
  if (refusal) return refusal;
  const user = await getSessionUser(request.headers);
  if (!user) return Response.json({ error: "Please sign in.", code: "unauthenticated" }, { status: 401 });
  if (!can(user.role, permission)) return Response.json({ error: "You do not have permission to do that.", code: "forbidden" }, { status: 403 });
  return user;
}

/** For pages: redirects to sign-in when signed out; a role without the permission gets the 403
 *  page (app/forbidden.tsx). Sections with a loading.tsx also check in their layout, because a
 *  denial inside a streamed boundary could no longer change the status. */
export async function pageAccess(permission: TPermission, next = "/"): Promise<{ user: TSessionUser; allowed: boolean }> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`);
  if (!can(user.role, permission)) forbidden();
  return { user, allowed: true };
}
