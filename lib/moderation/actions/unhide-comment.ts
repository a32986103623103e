"use server";
// Server action over the unhideComment operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { unhideComment } from "../operations/unhide-comment";

export async function unhideCommentAction(input: unknown) {
  return runAction(unhideComment, input);
}
