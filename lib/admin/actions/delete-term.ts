"use server";
// Server action adapter for the deleteTerm operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { deleteTerm } from "../operations/delete-term";

export async function deleteTermAction(input: unknown) {
  return runAction(deleteTerm, input);
}
