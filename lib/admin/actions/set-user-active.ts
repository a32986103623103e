"use server";
// Server action adapter for the setUserActive operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { setUserActive } from "../operations/set-user-active";

export async function setUserActiveAction(input: unknown) {
  return runAction(setUserActive, input);
}
