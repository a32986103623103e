"use server";
// Server action adapter for the setRuleEnabled operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { setRuleEnabled } from "../operations/set-rule-enabled";

export async function setRuleEnabledAction(input: unknown) {
  return runAction(setRuleEnabled, input);
}
