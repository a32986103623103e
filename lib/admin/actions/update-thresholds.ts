"use server";
// Server action adapter for the updateThresholds operation (the chain: zod, session, permission, audit).
import { runAction } from "@/lib/auth/adapters";
import { updateThresholds } from "../operations/update-thresholds";

export async function updateThresholdsAction(input: unknown) {
  return runAction(updateThresholds, input);
}
