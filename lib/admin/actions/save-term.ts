"use server";
// Server action adapter for the saveTerm operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { saveTerm } from "../operations/save-term";

export async function saveTermAction(input: unknown) {
  return runAction(saveTerm, input);
}
