"use server";
// Server action adapter for the deleteRule operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { deleteRule } from "../operations/delete-rule";

export async function deleteRuleAction(input: unknown) {
  return runAction(deleteRule, input);
}
