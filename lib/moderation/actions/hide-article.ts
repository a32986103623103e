"use server";
// Server action over the hideArticle operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { hideArticle } from "../operations/hide-article";

export async function hideArticleAction(input: unknown) {
  return runAction(hideArticle, input);
}
