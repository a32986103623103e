"use server";
// Server action over the bulkModerate operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { bulkModerate } from "../operations/bulk-moderate";

export async function bulkModerateAction(input: unknown) {
  return runAction(bulkModerate, input);
}
