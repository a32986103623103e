// Before → after of one audit row, as a short readable list; unchanged keys fold away. Changes are
// spelled out in words ("changed", "added"), not shown by colour alone.
import { diffJson } from "@/lib/audit/json-diff";

const clip = (s: string | undefined, n = 160) => (s && s.length > n ? `${s.slice(0, n)}…` : s);

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const lines = diffJson(before, after);
  if (lines.length === 0) return <span className="text-slate-500">—</span>;
  const changed = lines.filter((l) => l.change !== "same");
  const same = lines.filter((l) => l.change === "same");
  return (
    <div className="text-xs">
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
        {changed.map((l) => (
          <div key={l.key} className="contents">
            <dt className="font-mono font-semibold text-slate-700">{l.key}</dt>
            <dd className="break-words">
              {l.change === "changed" ? (
                <>
                  <del className="bg-red-50 text-red-900 decoration-red-700">{clip(l.before)}</del>
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only"> changed to </span>
                  <ins className="bg-green-50 text-green-900 no-underline">{clip(l.after)}</ins>
                </>
              ) : l.change === "added" ? (
                <>
                  <span className="text-slate-500">set to </span>
                  <ins className="bg-green-50 text-green-900 no-underline">{clip(l.after)}</ins>
                </>
              ) : (
                <>
                  <span className="text-slate-500">removed: </span>
                  <del className="bg-red-50 text-red-900">{clip(l.before)}</del>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {same.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-slate-600">{same.length} unchanged</summary>
          <dl className="grid grid-cols-[auto_1fr] gap-x-2">
            {same.map((l) => (
              <div key={l.key} className="contents">
                <dt className="font-mono text-slate-600">{l.key}</dt>
                <dd className="break-words text-slate-700">{clip(l.after)}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
