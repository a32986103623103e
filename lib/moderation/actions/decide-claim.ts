"use server";
// Server action over the decideClaim operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { decideClaim } from "../operations/decide-claim";

export async function decideClaimAction(input: unknown) {
  return runAction(decideClaim, input);
}
