// The 404 and 403 messages, without a landmark of their own: inside the app shell they sit in its
// <main>; outside it (signed out, an unknown address) the root pages wrap them in one.
import Link from "next/link";

function Notice({ title, tone, children }: { title: string; tone: string; children: string }) {
  return (
    <div role="alert" className={`mx-auto max-w-xl rounded-lg border p-6 ${tone}`}>
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="mt-1 text-slate-700">{children}</p>
      <p className="mt-3">
        <Link className="text-blue-800 underline" href="/queue">
          Back to the queue
        </Link>
      </p>
    </div>
  );
}

export function NotFoundNotice() {
  return (
    <Notice title="Not found" tone="border-slate-300 bg-white">
      There is nothing at this address. It may have been removed, or the link is mistyped.
    </Notice>
  );
}

export function ForbiddenNotice() {
  return (
    <Notice title="Access denied" tone="border-amber-300 bg-amber-50">
      Your role does not include this section. Ask an admin if you need it.
    </Notice>
  );
}
