"use server";
// Server action over the approveComment operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { approveComment } from "../operations/approve-comment";

export async function approveCommentAction(input: unknown) {
  return runAction(approveComment, input);
}
