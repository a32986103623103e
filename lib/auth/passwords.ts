// Creates users with a password the way better-auth stores them (credential account, scrypt hash).
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { TRole } from "./permissions";
import { DomainError } from "@/lib/errors";

export function generatePassword(): string {
  // 18 random bytes → 24 URL-safe characters, easy to copy from a console.
  return randomBytes(18).toString("base64url");
}

export async function createUserWithPassword(
  prisma: PrismaClient,
  input: { email: string; name: string; role: TRole; password: string },
): Promise<{ id: string }> {
  const email = input.email.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { email } })) {
    throw new DomainError(`a user with email ${email} already exists`, "user_exists");
  }
  const id = randomUUID();
  const hash = await hashPassword(input.password);
  await prisma.$transaction([
    prisma.user.create({ data: { id, email, name: input.name, role: input.role, emailVerified: true } }),
    prisma.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } }),
  ]);
  return { id };
}
