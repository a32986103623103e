// API keys for the ingestion endpoint: a random secret shown once, stored only as its SHA-256 hash
// plus a short prefix people can recognise it by. Verification is a lookup by hash.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { getDb } from "@/lib/db";

type TApiKeyStore = Pick<Prisma.TransactionClient | PrismaClient, "apiKey">;

const TOKEN_PREFIX = "vgl_";
/** Shown in lists: "vgl_" plus the first 8 characters of the secret. */
const PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
/** lastUsedAt is a hint for admins; writing it on every request would turn reads into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type TCreatedApiKey = { id: string; name: string; prefix: string; token: string };

export async function createApiKey(
  store: TApiKeyStore,
  input: { name: string; createdById: string | null },
): Promise<TCreatedApiKey> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const id = randomUUID();
  const prefix = token.slice(0, PREFIX_LENGTH);
  await store.apiKey.create({
    data: {
      id,
      name: input.name,
      prefix,
      hash: hashApiToken(token),
      createdById: input.createdById,
    },
  });
  return { id, name: input.name, prefix, token };
}

/**
 * The key's id and name when the token is a live key, else null. The lookup is by the token's
 * hash, so the comparison never runs over the secret itself; the final equality check is
 * constant-time anyway.
 */
export async function verifyApiKey(token: string): Promise<{ id: string; name: string } | null> {
  if (typeof token !== "string" || !token.startsWith(TOKEN_PREFIX) || token.length > 200)
    return null;
  const hash = hashApiToken(token);
  const db = await getDb();
  const key = await db.prisma.apiKey.findUnique({
    where: { hash },
    select: { id: true, name: true, hash: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key || key.revokedAt) return null;
  if (!timingSafeEqual(Buffer.from(key.hash, "hex"), Buffer.from(hash, "hex"))) return null;
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return { id: key.id, name: key.name };
}

/** Reads a key from `Authorization: Bearer <token>` or `X-Api-Key: <token>`. */
export function apiTokenFrom(headers: Headers): string | null {
  const auth = headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim() || null;
  return headers.get("x-api-key")?.trim() || null;
}
