// Limits password guessing, in the database so every app instance shares the counts. Each attempt
// is counted in one atomic statement BEFORE its password is checked, so a burst cannot slip past:
// - per client address, over all accounts:   4 × max attempts per window (successes refunded);
// - per account from one address:             max attempts per window (cleared by a success);
// - per account from all addresses together: 10 × max checked attempts per window; past it only
//   addresses this account signed in from before (in the last 30 days) still get their password
//   checked, so a distributed attack locks strangers out but not the account's owner.
import type { TSql } from "@/lib/db/connect";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
/** Attempts with no known client address (the app running without its HTTP server) share one. */
const UNKNOWN_ADDRESS = "unknown";

export function maxLoginAttempts(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.VIGIL_LOGIN_MAX_ATTEMPTS);
  return Number.isInteger(configured) && configured > 0 ? configured : 5;
}

function keysFor(email: string, ip: string | null) {
  const address = ip ?? UNKNOWN_ADDRESS;
  const account = email.trim().toLowerCase();
  return {
    address: `login:ip:${address}`,
    accountAddress: `login:acct-ip:${account}|${address}`,
    account: `login:acct:${account}`,
    known: `login:known:${account}|${address}`,
  };
}

/** Counts one attempt on each key (a fresh window when the old one ended); returns the counts.
 *  Racing first inserts of a new key can still fail: ON CONFLICT arbitrates on "key", and the
 *  table's other unique index (its id, the same value) then reports a duplicate (23505), or two
 *  inserts deadlock. Retried, so the attempt is always counted, never skipped. */
async function count(
  sql: TSql,
  keys: string[],
  now: number,
  attempt = 0,
): Promise<Map<string, { count: number; since: number }>> {
  try {
    return await upsertCounts(sql, keys, now);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if ((code === "23505" || code === "40P01" || code === "40001") && attempt < 5)
      return count(sql, keys, now, attempt + 1);
    throw error;
  }
}

async function upsertCounts(
  sql: TSql,
  keys: string[],
  now: number,
): Promise<Map<string, { count: number; since: number }>> {
  const { rows } = await sql.query<{ key: string; count: number; lastRequest: string }>(
    `INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest")
       SELECT k, k, 1, $2::bigint FROM unnest($1::text[]) AS k
     ON CONFLICT ("key") DO UPDATE SET
       "count" = CASE WHEN "RateLimit"."lastRequest" <= $2::bigint - $3::bigint THEN 1 ELSE "RateLimit"."count" + 1 END,
       "lastRequest" = CASE WHEN "RateLimit"."lastRequest" <= $2::bigint - $3::bigint THEN $2::bigint ELSE "RateLimit"."lastRequest" END
     RETURNING "key", "count", "lastRequest"`,
    [keys, now, LOGIN_WINDOW_MS],
  );
  return new Map(
    rows.map((r) => [r.key, { count: Number(r.count), since: Number(r.lastRequest) }]),
  );
}

export type TLoginAdmission =
  { allowed: true } | { allowed: false; retryAfterMs: number; scope: "address" | "account" };

/** Counts this attempt and says whether its password may be checked. */
export async function admitLoginAttempt(
  sql: TSql,
  email: string,
  ip: string | null,
  now = Date.now(),
): Promise<TLoginAdmission> {
  const max = maxLoginAttempts();
  const k = keysFor(email, ip);
  // "lastRequest" holds the start of the key's current window.
  const counted = await count(sql, [k.address, k.accountAddress], now);
  const retry = (key: string) =>
    Math.max(1000, (counted.get(key)?.since ?? now) + LOGIN_WINDOW_MS - now);
  if ((counted.get(k.address)?.count ?? 0) > max * 4)
    return { allowed: false, retryAfterMs: retry(k.address), scope: "address" };
  if ((counted.get(k.accountAddress)?.count ?? 0) > max)
    return { allowed: false, retryAfterMs: retry(k.accountAddress), scope: "address" };
  const known = await sql.query(
    `SELECT 1 FROM "RateLimit" WHERE "key" = $1 AND "lastRequest" > $2::bigint`,
    [k.known, now - KNOWN_ADDRESS_MS],
  );
  if (known.rows.length > 0) return { allowed: true };
  const account = (await count(sql, [k.account], now)).get(k.account);
  if (account && account.count > max * 10) {
    return {
      allowed: false,
      retryAfterMs: Math.max(1000, account.since + LOGIN_WINDOW_MS - now),
      scope: "account",
    };
  }
  return { allowed: true };
}

/** After a right password: this address is known for the account, its budgets are given back. */
export async function recordLoginSuccess(
  sql: TSql,
  email: string,
  ip: string | null,
  now = Date.now(),
): Promise<void> {
  const k = keysFor(email, ip);
  await sql.query(`DELETE FROM "RateLimit" WHERE "key" = $1`, [k.accountAddress]);
  await sql.query(`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = $1`, [
    k.address,
  ]);
  const remember = () =>
    sql.query(
      `INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES ($1, $1, 1, $2::bigint)
       ON CONFLICT ("key") DO UPDATE SET "lastRequest" = $2::bigint`,
      [k.known, now],
    );
  await remember().catch((error: { code?: string }) =>
    error.code === "23505" ? remember() : Promise.reject(error),
  );
}
