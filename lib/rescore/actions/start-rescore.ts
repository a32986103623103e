"use server";
// Server action over the startRescore operation.
import { runAction } from "@/lib/auth/adapters";
import { startRescore } from "../operations/start-rescore";

export async function startRescoreAction(input: unknown) {
  return runAction(startRescore, input);
}
