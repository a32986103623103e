"use server";
// Server action over the closeComments operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { closeComments } from "../operations/close-comments";

export async function closeCommentsAction(input: unknown) {
  return runAction(closeComments, input);
}
