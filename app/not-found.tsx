// The 404 page: no such comment, article or address (or one this person may not know exists).
import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <div role="alert" className="rounded-lg border border-slate-300 bg-white p-6">
        <h1 className="text-lg font-semibold">Not found</h1>
        <p className="mt-1 text-slate-700">
          There is nothing at this address. It may have been removed, or the link is mistyped.
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
