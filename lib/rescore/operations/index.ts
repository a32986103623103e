// The rescore operations, listed for the role × operation matrix test.
import type { TOperation } from "@/lib/auth/operation";
import { startRescore } from "./start-rescore";

export const OPERATIONS = [startRescore] as unknown as TOperation<unknown, unknown>[];
