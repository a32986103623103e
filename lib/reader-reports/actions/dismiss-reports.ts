"use server";
// Server action over the dismissReports operation.
import { runAction } from "@/lib/auth/adapters";
import { dismissReports } from "../operations/dismiss-reports";

export async function dismissReportsAction(input: unknown) {
  return runAction(dismissReports, input);
}
