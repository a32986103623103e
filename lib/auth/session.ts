// Who is asking: the signed-in user of the current request, re-read from the database each time so
// a role change or a deactivation takes effect at once.
import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./server";
import { isRole } from "./permissions";

export type { TSessionUser } from "./session-types";
import type { TSessionUser } from "./session-types";

export async function getSessionUser(requestHeaders?: Headers): Promise<TSessionUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders ?? (await headers()) });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; active?: unknown };
  if (user.active === false || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
