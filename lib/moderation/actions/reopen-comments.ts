"use server";
// Server action over the reopenComments operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { reopenComments } from "../operations/reopen-comments";

export async function reopenCommentsAction(input: unknown) {
  return runAction(reopenComments, input);
}
