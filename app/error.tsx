"use client";
// The page shown when a page fails to render, most often because the database is unreachable (it is
// restarting, or the network dropped): a plain explanation and a retry, never a stack trace. Vigil's
// connections and workers recover by themselves once the database is back.
import { startTransition, useEffect } from "react";
import { useRouter } from "next/navigation";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  // reset() alone re-renders what the client already has; the failed server render must be fetched again.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  useEffect(() => {
    // The details stay in the server log under this reference.
    console.error(`page error ${error.digest ?? ""}`);
  }, [error]);
  return (
    <main
      className="mx-auto mt-16 max-w-lg rounded border border-amber-300 bg-white p-6"
      role="alert"
    >
      <h1 className="mb-2 text-xl font-semibold">This page could not be loaded</h1>
      <p className="mb-3 text-slate-700">
        The database may be unavailable for a moment (restarting or unreachable). Nothing you saved
        is lost, and background jobs resume by themselves when it is back. Try again in a minute.
      </p>
      {error.digest ? (
        <p className="mb-3 text-sm text-slate-600">
          Reference for your administrator: {error.digest}
        </p>
      ) : null}
      <button type="button" onClick={retry} className="rounded border border-slate-300 px-3 py-1.5">
        Try again
      </button>
    </main>
  );
}
