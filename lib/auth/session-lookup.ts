// The signed-in user behind a request's session cookie in one query (session, user, role, active
// flag and review preferences), kept a few seconds per session token so a moderator's requests
// do not each pay for it. better-auth stays the authority: its cookie (name and HMAC signature)
// is checked here the way it signs it, and any session that is missing, expired or due for its
// sliding refresh goes through better-auth's own getSession.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getDb } from "@/lib/db";
import type { TPreferences } from "@/lib/preferences/schemas";
import { getAuth } from "./server";
import { isRole } from "./permissions";
import type { TSessionUser } from "./session-types";

export type TSessionRecord = { user: TSessionUser; preferences: TPreferences };

/**
 * How long a looked-up session is reused in this process. Signing out, a role change, a
 * deactivation and a preferences change made through this process forget every kept session at
 * once; one made in another process (a second web server, the CLI) takes effect here within this
 * window. 0 looks every request up.
 */
export const SESSION_CACHE_MS = Math.max(0, Number(process.env.VIGIL_SESSION_CACHE_MS ?? 3000));
const CACHE_SIZE = 1000;

type TKept = { at: number; expiresAtMs: number; record: Promise<TSessionRecord | null> };
const kept = new Map<string, TKept>();

/** Forgets every kept session: the next request of each user is looked up again. */
export function forgetKeptSessions(): void {
  kept.clear();
}

function cookieValue(cookieHeader: string | null, name: string): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The session token of a signed cookie "<token>.<base64 HMAC-SHA256(secret, token)>", or null. */
function verifiedToken(value: string | null, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected)
    ? token
    : null;
}

type TRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  active: boolean;
  autoAdvance: boolean;
  compactQueue: boolean;
  expiresAtMs: number;
};

const SESSION_SQL = `SELECT u."id", u."email", u."name", u."role", u."active", u."autoAdvance", u."compactQueue",
  (extract(epoch FROM s."expiresAt") * 1000)::float8 AS "expiresAtMs"
  FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."token" = $1`;

const toRecord = (
  user: { id: string; email: string; name: string; role?: unknown; active?: unknown },
  preferences: TPreferences,
): TSessionRecord | null =>
  user.active === false || !isRole(user.role)
    ? null
    : { user: { id: user.id, email: user.email, name: user.name, role: user.role }, preferences };

/** better-auth's getSession (it deletes an expired session and slides a due one), then the preferences. */
async function lookUpThroughAuth(requestHeaders: Headers): Promise<TSessionRecord | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const db = await getDb();
  const { rows } = await db.sql.query<{ autoAdvance: boolean; compactQueue: boolean }>(
    `SELECT "autoAdvance", "compactQueue" FROM "User" WHERE "id" = $1`,
    [session.user.id],
  );
  return toRecord(session.user, rows[0] ?? { autoAdvance: true, compactQueue: false });
}

async function lookUp(
  token: string,
  requestHeaders: Headers,
  refreshAfterMs: number,
): Promise<{ record: TSessionRecord | null; expiresAtMs: number }> {
  const db = await getDb();
  const { rows } = await db.sql.query<TRow>(SESSION_SQL, [token]);
  const row = rows[0];
  const now = Date.now();
  // Missing, expired or due for its refresh: better-auth decides (and writes) as it always did.
  if (!row || Number(row.expiresAtMs) <= now || Number(row.expiresAtMs) - refreshAfterMs <= now)
    return { record: await lookUpThroughAuth(requestHeaders), expiresAtMs: 0 };
  const preferences = { autoAdvance: row.autoAdvance, compactQueue: row.compactQueue };
  return { record: toRecord(row, preferences), expiresAtMs: Number(row.expiresAtMs) };
}

/** The user and preferences of the request's session, or null when signed out (or not allowed in). */
export async function lookUpSession(requestHeaders: Headers): Promise<TSessionRecord | null> {
  const context = await (await getAuth()).$context;
  const token = verifiedToken(
    cookieValue(requestHeaders.get("cookie"), context.authCookies.sessionToken.name),
    context.secret,
  );
  if (!token) return null;
  const now = Date.now();
  const hit = kept.get(token);
  if (hit && now - hit.at < SESSION_CACHE_MS && (hit.expiresAtMs === 0 || hit.expiresAtMs > now))
    return hit.record;
  // better-auth refreshes a session once less than (expiresIn - updateAge) is left of it.
  const { expiresIn, updateAge } = context.sessionConfig;
  const looked = lookUp(token, requestHeaders, (expiresIn - updateAge) * 1000);
  const record = looked.then((r) => r.record);
  if (SESSION_CACHE_MS > 0) {
    const entry: TKept = { at: now, expiresAtMs: 0, record };
    kept.set(token, entry);
    looked.then(
      (r) => {
        // Only a live session found by the one query is kept; the rest is looked up each time.
        if (r.expiresAtMs > 0 && r.record) entry.expiresAtMs = r.expiresAtMs;
        else if (kept.get(token) === entry) kept.delete(token);
      },
      () => kept.get(token) === entry && kept.delete(token),
    );
    if (kept.size > CACHE_SIZE) kept.delete(kept.keys().next().value!);
  }
  return record;
}
