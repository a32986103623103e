"use server";
// Server action over the restoreArticle operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { restoreArticle } from "../operations/restore-article";

export async function restoreArticleAction(input: unknown) {
  return runAction(restoreArticle, input);
}
