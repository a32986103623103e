// Reads a user's review preferences (defaults when the row is gone).
import "server-only";
import { getDb } from "@/lib/db";
import { DEFAULT_PREFERENCES, type TPreferences } from "./schemas";

export async function getPreferences(userId: string): Promise<TPreferences> {
  const db = await getDb();
  const row = await db.prisma.user.findUnique({
    where: { id: userId },
    select: { autoAdvance: true, compactQueue: true },
  });
  return row ?? DEFAULT_PREFERENCES;
}
