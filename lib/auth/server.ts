// better-auth on Prisma: email + password, sessions in the database, httpOnly cookies.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/lib/db";
import { loadAuthSecret } from "./secret";

function createAuth(prisma: Parameters<typeof prismaAdapter>[0], secret: string) {
  return betterAuth({
    appName: "Vigil",
    secret,
    baseURL: process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "MODERATOR" },
        active: { type: "boolean", input: false, defaultValue: true },
      },
    },
    // Sign-in goes through our server action, which applies its own database-backed limiter.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies:
        process.env.NODE_ENV === "production" && process.env.VIGIL_INSECURE_COOKIES !== "1",
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type TAuth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { vigilAuth?: Promise<TAuth> };

export function getAuth(): Promise<TAuth> {
  if (!globalForAuth.vigilAuth) {
    globalForAuth.vigilAuth = (async () => {
      const db = await getDb();
      return createAuth(db.prisma as never, await loadAuthSecret(db.prisma));
    })().catch((error) => {
      globalForAuth.vigilAuth = undefined;
      throw error;
    });
  }
  return globalForAuth.vigilAuth;
}
