"use server";
// Server action adapter for the deleteFactCheck operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { deleteFactCheck } from "../operations/delete-fact-check";

export async function deleteFactCheckAction(input: unknown) {
  return runAction(deleteFactCheck, input);
}
