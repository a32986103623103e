"use server";
// Server action over the updatePreferences operation.
import { runAction } from "@/lib/auth/adapters";
import { updatePreferences } from "../operations/update-preferences";

export async function updatePreferencesAction(input: unknown) {
  return runAction(updatePreferences, input);
}
