"use server";
// Server action over the undoAction operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { undoAction } from "../operations/undo-action";

export async function undoActionAction(input: unknown) {
  return runAction(undoAction, input);
}
