// Who is asking: the signed-in user of the current request and their review preferences, read in
// one query (lib/auth/session-lookup.ts, which keeps it a few seconds per session and is told of
// sign-outs, role changes and deactivations). Within one page render (layout + page + nested
// components) the lookup runs once: React `cache()` keeps it for that request only.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { span } from "@/lib/perf/server-timing";
import { DEFAULT_PREFERENCES, type TPreferences } from "@/lib/preferences/schemas";
import { lookUpSession, type TSessionRecord } from "./session-lookup";

export type { TSessionUser } from "./session-types";
import type { TSessionUser } from "./session-types";

const readSession = (requestHeaders: Headers): Promise<TSessionRecord | null> =>
  span("session", () => lookUpSession(requestHeaders));

/** Once per server render (outside a render, e.g. in a server action, React runs it each call). */
const sessionOfRender = cache(async () => readSession(await headers()));

export async function getSessionUser(requestHeaders?: Headers): Promise<TSessionUser | null> {
  const record = requestHeaders ? await readSession(requestHeaders) : await sessionOfRender();
  return record?.user ?? null;
}

/** The signed-in user's review preferences, from the same lookup as the session (defaults when signed out). */
export async function getSessionPreferences(): Promise<TPreferences> {
  return (await sessionOfRender())?.preferences ?? DEFAULT_PREFERENCES;
}
