// The admin operations' database access: the app's handle, and a transaction helper that keeps the
// change and its audit row together.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";

export type TTx = Prisma.TransactionClient;

export async function inTransaction<T>(fn: (tx: TTx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.prisma.$transaction(fn);
}
