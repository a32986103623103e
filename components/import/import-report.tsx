// What an import did, per file: counts, and where and why records were rejected.
import type { TJobReport } from "@/lib/import/jobs";

export function ImportReport({ report }: { report: TJobReport & { error?: string } }) {
  if (report.error)
    return (
      <p role="alert" className="text-sm text-red-800">
        {report.error}
      </p>
    );
  return (
    <div className="space-y-3 text-sm" data-testid="import-report">
      {report.files.map((file) => (
        <div key={file.name}>
          <h3 className="font-medium">{file.name}</h3>
          <table className="mt-1 text-left">
            <thead>
              <tr className="text-slate-600">
                <th className="pr-4 font-normal">
                  <span className="sr-only">Records</span>
                </th>
                <th className="pr-4 font-normal">created</th>
                <th className="pr-4 font-normal">updated</th>
                <th className="pr-4 font-normal">unchanged</th>
                <th className="font-normal">rejected</th>
              </tr>
            </thead>
            <tbody>
              {(["articles", "comments"] as const).map((kind) => (
                <tr key={kind} data-testid={`report-${kind}`}>
                  <th scope="row" className="pr-4 font-medium">
                    {kind}
                  </th>
                  <td className="pr-4">{file[kind].created}</td>
                  <td className="pr-4">{file[kind].updated}</td>
                  <td className="pr-4">{file[kind].unchanged}</td>
                  <td>{file[kind].rejected}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {file.rejections.length ? (
            <ul
              className="mt-2 list-disc pl-5 text-red-800"
              aria-label={`Rejections in ${file.name}`}
            >
              {file.rejections.slice(0, 50).map((r, i) => (
                <li key={i}>
                  <span className="font-mono">{r.where}</span>: {r.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </div>
  );
}
