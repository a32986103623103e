import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const user = await getSessionUser();
  const { next } = await searchParams;
  if (user) redirect("/queue");
  return (
    <main className="mx-auto flex min-h-screen max-w-5xl flex-col items-center justify-center gap-10 px-6 py-12 md:flex-row md:items-start md:pt-32">
      <section className="max-w-md">
        <h1 className="text-3xl font-bold tracking-tight">Vigil</h1>
        <p className="mt-3 text-slate-600">
          Comment moderation and triage for newsrooms. Every comment is scored for hate, harassment,
          threats, extremism and misinformation, with the words and fact-checks behind each score,
          so the worst is read first.
        </p>
      </section>
      <section
        aria-labelledby="signin-heading"
        className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="signin-heading" className="text-lg font-semibold">
          Sign in
        </h2>
        <LoginForm next={typeof next === "string" ? next : undefined} />
      </section>
    </main>
  );
}
