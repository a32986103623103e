"use server";
// Server action adapter for the createUser operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { createUser } from "../operations/create-user";

export async function createUserAction(input: unknown) {
  return runAction(createUser, input);
}
