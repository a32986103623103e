"use server";
// Server action adapter for the setExternalScorers operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { setExternalScorers } from "../operations/set-external-scorers";

export async function setExternalScorersAction(input: unknown) {
  return runAction(setExternalScorers, input);
}
