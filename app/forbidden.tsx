// The 403 page: a signed-in person opened a section their role does not include.
import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold">Access denied</h1>
        <p className="mt-1 text-slate-700">
          Your role does not include this section. Ask an admin if you need it.
        </p>
        <p className="mt-3">
          <Link className="text-blue-800 underline" href="/queue">
            Back to the queue
          </Link>
        </p>
      </div>
    </main>
  );
}
