"use server";
// Server action adapters for the job operations (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { cancelJobOperation } from "../operations/cancel-job";
import { retryJobOperation } from "../operations/retry-job";

export async function retryJobAction(input: unknown) {
  return runAction(retryJobOperation, input);
}

export async function cancelJobAction(input: unknown) {
  return runAction(cancelJobOperation, input);
}
