"use server";
// Signs a person in with email and password (lib/auth/sign-in.ts: limiter, equal timing).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { ZSignIn } from "@/lib/auth/schemas";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/auth/client-address";

export type TSignInState = {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
};

export async function signInAction(_prev: TSignInState, formData: FormData): Promise<TSignInState> {
  if (!(formData instanceof FormData)) return { error: "Send the sign-in form." };
  const parsed = ZSignIn.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return {
      fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]>,
      email: String(formData.get("email") ?? ""),
    };
  }
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const result = await attemptSignIn(await getDb(), {
    email,
    password,
    ip: clientAddress(requestHeaders),
    headers: requestHeaders,
  });
  if (!result.ok) return { error: result.error, email };
  redirect(next ?? "/queue");
}
