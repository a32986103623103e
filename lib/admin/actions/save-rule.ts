"use server";
// Server action adapter for the saveRule operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { saveRule } from "../operations/save-rule";

export async function saveRuleAction(input: unknown) {
  return runAction(saveRule, input);
}
