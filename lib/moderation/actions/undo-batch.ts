"use server";
// Server action over the undoBatch operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { undoBatch } from "../operations/undo-batch";

export async function undoBatchAction(input: unknown) {
  return runAction(undoBatch, input);
}
