// Adapters from Next.js entry points (server actions, route handlers, pages) to the operation chain.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { executeOperation, type TOperation, type TResult } from "./operation";
import { can, type TPermission } from "./permissions";
import { getSessionUser, type TSessionUser } from "./session";

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

export async function runRoute<TIn, TOut>(op: TOperation<TIn, TOut>, request: Request, input: unknown): Promise<Response> {
  return resultResponse(await executeOperation(op, await getSessionUser(request.headers), input));
}

/** For reads in route handlers: the user when allowed, else the error response to return. */
export async function authorizeRequest(request: Request, permission: TPermission): Promise<TSessionUser | Response> {
  const user = await getSessionUser(request.headers);
  if (!user) return Response.json({ error: "Please sign in.", code: "unauthenticated" }, { status: 401 });
  if (!can(user.role, permission)) return Response.json({ error: "You do not have permission to do that.", code: "forbidden" }, { status: 403 });
  return user;
}

/** For pages: redirects to sign-in when signed out; `allowed: false` renders a denial. */
export async function pageAccess(permission: TPermission, next = "/"): Promise<{ user: TSessionUser; allowed: boolean }> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(next)}`);
  return { user, allowed: can(user.role, permission) };
}
