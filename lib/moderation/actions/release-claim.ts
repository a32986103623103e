"use server";
// Server action over the releaseClaim operation (zod → session → permission → act → audit).
import { runAction } from "@/lib/auth/adapters";
import { releaseClaim } from "../operations/release-claim";

export async function releaseClaimAction(input: unknown) {
  return runAction(releaseClaim, input);
}
