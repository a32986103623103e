"use server";
// Server action adapter for the setUserRole operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { setUserRole } from "../operations/set-user-role";

export async function setUserRoleAction(input: unknown) {
  return runAction(setUserRole, input);
}
