"use server";
// Ends the current session and returns to the sign-in page.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/server";
import { forgetKeptSessions } from "@/lib/auth/session-lookup";

export async function signOutAction(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  forgetKeptSessions();
  redirect("/login");
}
