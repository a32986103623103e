"use server";
// Server action adapter for the revokeApiKey operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { revokeApiKey } from "../operations/revoke-api-key";

export async function revokeApiKeyAction(input: unknown) {
  return runAction(revokeApiKey, input);
}
