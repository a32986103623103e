// Limits failed sign-ins per account and per client address, in the database so that every app
// instance shares the count. A success clears the account's counter.
import type { PrismaClient } from "@/lib/db/generated/client";

const WINDOW_MS = 15 * 60 * 1000;

function maxAttempts(): number {
  const configured = Number(process.env.VIGIL_LOGIN_MAX_ATTEMPTS);
  return Number.isFinite(configured) && configured > 0 ? configured : 5;
}

function keys(email: string, ip: string | null): string[] {
  return [`login:email:${email.toLowerCase()}`, ...(ip ? [`login:ip:${ip}`] : [])];
}

/** Milliseconds until the caller may try again, or 0 when allowed. */
export async function loginRetryAfter(prisma: PrismaClient, email: string, ip: string | null, now = Date.now()): Promise<number> {
  const rows = await prisma.rateLimit.findMany({ where: { key: { in: keys(email, ip) } } });
  let wait = 0;
  for (const row of rows) {
    const age = now - Number(row.lastRequest);
    // Per-IP budget is wider: many people can share one office address.
    const limit = row.key.startsWith("login:ip:") ? maxAttempts() * 4 : maxAttempts();
    if (age < WINDOW_MS && row.count >= limit) wait = Math.max(wait, WINDOW_MS - age);
  }
  return wait;
}

export async function recordLoginFailure(prisma: PrismaClient, email: string, ip: string | null, now = Date.now()): Promise<void> {
  for (const key of keys(email, ip)) {
    const row = await prisma.rateLimit.findUnique({ where: { key } });
    const fresh = !row || now - Number(row.lastRequest) >= WINDOW_MS;
    await prisma.rateLimit.upsert({
      where: { key },
      create: { id: key, key, count: 1, lastRequest: BigInt(now) },
      update: fresh ? { count: 1, lastRequest: BigInt(now) } : { count: { increment: 1 }, lastRequest: BigInt(now) },
    });
  }
}

export async function clearLoginFailures(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key: keys(email, null)[0] } });
}
