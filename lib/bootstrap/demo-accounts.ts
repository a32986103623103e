// Demo mode: on an empty database, one account per role, with passwords printed once.
import type { PrismaClient } from "@/lib/db/generated/client";
import { createUserWithPassword, generatePassword } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";

export type TDemoAccount = { email: string; role: string; password: string };

export async function createDemoAccountsIfEmpty(
  prisma: PrismaClient,
  env: Record<string, string | undefined> = process.env,
): Promise<TDemoAccount[]> {
  if ((await prisma.user.count()) > 0) return [];
  const created: TDemoAccount[] = [];
  for (const role of ROLES) {
    const email = `${role.toLowerCase()}@vigil.local`;
    // A fixed password only when asked for (tests, demos); otherwise a fresh random one.
    const password = env.VIGIL_DEMO_PASSWORD || generatePassword();
    const name = `Demo ${role.charAt(0)}${role.slice(1).toLowerCase()}`;
    await createUserWithPassword(prisma, { email, name, role, password });
    created.push({ email, role, password });
  }
  return created;
}

export function formatDemoAccounts(accounts: TDemoAccount[]): string {
  const lines = accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(24)} ${a.password}`);
  return [
    "",
    "Demo accounts created (shown once; change or deactivate them in Admin):",
    `  ${"ROLE".padEnd(10)} ${"EMAIL".padEnd(24)} PASSWORD`,
    ...lines,
    "",
  ].join("\n");
}
