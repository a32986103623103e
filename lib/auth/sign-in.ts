// Checks an email and password under the login limiter. An unknown or deactivated account costs
// the same password hash as a real one, so the answer's timing does not tell which emails exist.
import "server-only";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { TDb } from "@/lib/db/connect";
import { getAuth } from "./server";
import { admitLoginAttempt, recordLoginSuccess } from "./login-limiter";
import { logger } from "@/lib/log";

export type TSignInAttempt =
  { ok: true; checked: true } | { ok: false; checked: boolean; error: string };

const WRONG = "Wrong email or password, or the account is deactivated.";
const DEACTIVATED = "This account has been deactivated. Ask an administrator to reactivate it.";

let dummyHash: Promise<string> | null = null;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(`vigil-dummy-${Math.random()}`);
  return dummyHash;
}

export async function attemptSignIn(
  db: TDb,
  input: { email: string; password: string; ip: string | null; headers: Headers },
): Promise<TSignInAttempt> {
  const { email, password, ip } = input;
  const admission = await admitLoginAttempt(db.sql, email, ip);
  if (!admission.allowed) {
    logger.warn({ scope: admission.scope, ip }, "sign-in throttled");
    return {
      ok: false,
      checked: false,
      error: `Too many sign-in attempts. Try again in ${Math.ceil(admission.retryAfterMs / 60000)} minute(s).`,
    };
  }
  const user = await db.prisma.user.findUnique({
    where: { email },
    select: { id: true, active: true },
  });
  if (!user?.active) {
    // A deactivated account is told why, but only to someone who knows its password; the hash is
    // checked either way, so the timing is the same as for an unknown email.
    const account = user
      ? await db.prisma.account.findFirst({
          where: { userId: user.id, providerId: "credential" },
          select: { password: true },
        })
      : null;
    const right = await verifyPassword({ hash: account?.password ?? (await dummy()), password });
    return {
      ok: false,
      checked: true,
      error: user && account?.password && right ? DEACTIVATED : WRONG,
    };
  }
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email, password }, headers: input.headers });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== 401) logger.error({ err: error }, "sign-in failed unexpectedly");
    return { ok: false, checked: true, error: WRONG };
  }
  await recordLoginSuccess(db.sql, email, ip);
  return { ok: true, checked: true };
}
