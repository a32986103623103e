"use server";
// Server action over the flagComment operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { flagComment } from "../operations/flag-comment";

export async function flagCommentAction(input: unknown) {
  return runAction(flagComment, input);
}
