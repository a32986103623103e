"use server";
// Server action over the hideComment operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { hideComment } from "../operations/hide-comment";

export async function hideCommentAction(input: unknown) {
  return runAction(hideComment, input);
}
