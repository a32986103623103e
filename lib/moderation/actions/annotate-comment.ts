"use server";
// Server action over the annotateComment operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { annotateComment } from "../operations/annotate-comment";

export async function annotateCommentAction(input: unknown) {
  return runAction(annotateComment, input);
}
