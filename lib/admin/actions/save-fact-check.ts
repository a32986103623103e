"use server";
// Server action adapter for the saveFactCheck operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { saveFactCheck } from "../operations/save-fact-check";

export async function saveFactCheckAction(input: unknown) {
  return runAction(saveFactCheck, input);
}
