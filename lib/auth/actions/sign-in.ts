"use server";
// Signs a person in with email and password; refuses deactivated accounts and rate-limits failures.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/server";
import { prisma } from "@/lib/db";
import { ZSignIn } from "@/lib/auth/schemas";
import { clearLoginFailures, loginRetryAfter, recordLoginFailure } from "@/lib/auth/login-limiter";
import { logger } from "@/lib/log";

export type TSignInState = { error?: string; fieldErrors?: Record<string, string[]>; email?: string };

function clientIp(h: Headers): string | null {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}

export async function signInAction(_prev: TSignInState, formData: FormData): Promise<TSignInState> {
  const parsed = ZSignIn.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]>, email: String(formData.get("email") ?? "") };
  }
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders);
  const db = await prisma();
  const wait = await loginRetryAfter(db, email, ip);
  if (wait > 0) {
    return { error: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60000)} minute(s).`, email };
  }
  const user = await db.user.findUnique({ where: { email }, select: { active: true } });
  const auth = await getAuth();
  let signedIn = false;
  if (user?.active) {
    try {
      await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
      signedIn = true;
    } catch (error) {
      const status = (error as { statusCode?: number; status?: unknown }).statusCode;
      if (status !== 401) logger.error({ err: error }, "sign-in failed unexpectedly");
    }
  }
  if (!signedIn) {
    await recordLoginFailure(db, email, ip);
    return { error: "Wrong email or password, or the account is deactivated.", email };
  }
  await clearLoginFailures(db, email);
  redirect(next ?? "/queue");
}
