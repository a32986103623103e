"use server";
// Server action over the claimComment operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { claimComment } from "../operations/claim-comment";

export async function claimCommentAction(input: unknown) {
  return runAction(claimComment, input);
}
