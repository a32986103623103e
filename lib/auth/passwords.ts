// Creates users with a password the way better-auth stores them (credential account, scrypt hash).
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { TRole } from "./permissions";
import { DomainError } from "@/lib/errors";

export function generatePassword(): string {
  // 18 random bytes → 24 URL-safe characters, easy to copy from a console.
  return randomBytes(18).toString("base64url");
}

/** Creates the user and their credential account in one transaction of its own. */
export async function createUserWithPassword(
  prisma: PrismaClient,
  input: { email: string; name: string; role: TRole; password: string },
): Promise<{ id: string }> {
  const hash = await hashPassword(input.password); // slow on purpose: keep it out of the transaction
  return prisma.$transaction((tx) => insertUser(tx, input, hash));
}

/** The same inside the caller's transaction (e.g. together with its audit row). */
export async function insertUserWithPassword(
  tx: Prisma.TransactionClient,
  input: { email: string; name: string; role: TRole; password: string },
): Promise<{ id: string }> {
  return insertUser(tx, input, await hashPassword(input.password));
}

async function insertUser(
  tx: Prisma.TransactionClient,
  input: { email: string; name: string; role: TRole },
  hash: string,
): Promise<{ id: string }> {
  const email = input.email.trim().toLowerCase();
  if (await tx.user.findUnique({ where: { email } })) {
    throw new DomainError(`a user with email ${email} already exists`, "user_exists");
  }
  const id = randomUUID();
  await tx.user.create({
    data: { id, email, name: input.name, role: input.role, emailVerified: true },
  });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash },
  });
  return { id };
}
