// Who is asking: the signed-in user of the current request, re-read from the database each time so
// a role change or a deactivation takes effect at once. Within one page render (layout + page +
// nested components) the lookup runs once: React `cache()` keeps it for that request only.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { span } from "@/lib/perf/server-timing";
import { getAuth } from "./server";
import { isRole } from "./permissions";

export type { TSessionUser } from "./session-types";
import type { TSessionUser } from "./session-types";

async function readSessionUser(requestHeaders: Headers): Promise<TSessionUser | null> {
  return span("session", async () => {
    const auth = await getAuth();
    const session = await auth.api.getSession({ headers: requestHeaders });
    if (!session) return null;
    const user = session.user as typeof session.user & { role?: unknown; active?: unknown };
    if (user.active === false || !isRole(user.role)) return null;
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  });
}

/** Once per server render (outside a render, e.g. in a server action, React runs it each call). */
const sessionUserOfRender = cache(async () => readSessionUser(await headers()));

export async function getSessionUser(requestHeaders?: Headers): Promise<TSessionUser | null> {
  return requestHeaders ? readSessionUser(requestHeaders) : sessionUserOfRender();
}
