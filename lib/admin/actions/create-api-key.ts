"use server";
// Server action adapter for the createApiKey operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { createApiKey } from "../operations/create-api-key";

export async function createApiKeyAction(input: unknown) {
  return runAction(createApiKey, input);
}
