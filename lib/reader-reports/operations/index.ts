// Every reader-report operation, for the role × operation matrix test and for discovery.
import type { TOperation } from "@/lib/auth/operation";
import { dismissReports } from "./dismiss-reports";

export const OPERATIONS = [dismissReports] as unknown as TOperation<unknown, unknown>[];
