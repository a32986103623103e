// The auth secret: BETTER_AUTH_SECRET when set, else one generated once and kept in the database,
// so every app instance on the same database signs cookies alike.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";

const KEY = "auth.secret";

export async function loadAuthSecret(prisma: PrismaClient): Promise<string> {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  if (fromEnv) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters");
  const existing = await prisma.setting.findUnique({ where: { key: KEY } });
  if (existing && typeof existing.value === "string") return existing.value;
  const secret = randomBytes(32).toString("base64url");
  await prisma.setting.upsert({
    where: { key: KEY },
    create: { key: KEY, value: secret },
    update: {},
  });
  const stored = await prisma.setting.findUniqueOrThrow({ where: { key: KEY } });
  return String(stored.value);
}
