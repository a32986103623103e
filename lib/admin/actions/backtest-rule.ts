"use server";
// Server action adapter for the backtestRule operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { backtestRule } from "../operations/backtest-rule";

export async function backtestRuleAction(input: unknown) {
  return runAction(backtestRule, input);
}
