// The preference operations, listed for the role × operation matrix test.
import type { TOperation } from "@/lib/auth/operation";
import { updatePreferences } from "./update-preferences";

export const OPERATIONS = [updatePreferences] as unknown as TOperation<unknown, unknown>[];
