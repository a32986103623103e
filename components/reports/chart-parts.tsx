// Shared pieces of the report's SVG charts: palette, axis scale, the figure frame with its legend,
// and the data table that carries the exact numbers (for screen readers, and anyone who wants them).

/**
 * Tailwind 600–900 hues: each holds at least 3:1 against white, as WCAG asks of chart marks, and
 * there are 15 of them, so a chart of up to 15 series (actions per day has 13) never repeats one.
 */
export const PALETTE = [
  "#1d4ed8",
  "#b91c1c",
  "#15803d",
  "#a16207",
  "#7e22ce",
  "#0e7490",
  "#be185d",
  "#475569",
  "#c2410c",
  "#4d7c0f",
  "#4338ca",
  "#0f766e",
  "#86198f",
  "#78350f",
  "#111827",
];

/** An axis for counts: whole-number ticks (1, 2, 5 × 10ⁿ apart), at most `parts` steps, ending at or above `value`. */
export function countAxis(value: number, parts: number): { max: number; ticks: number[] } {
  const target = Math.max(1, Math.ceil(value));
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const k of [1, 2, 5]) {
      const step = k * magnitude;
      const steps = Math.ceil(target / step);
      if (steps <= parts)
        return { max: steps * step, ticks: Array.from({ length: steps + 1 }, (_, i) => i * step) };
    }
  }
}

export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/** Axis labels: a day shows as MM-DD (the year is in the heading); long names are cut. */
export function shortLabel(label: string, maxChars = 14): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return label.slice(5);
  return label.length > maxChars ? `${label.slice(0, Math.max(1, maxChars - 1))}…` : label;
}

export type TTableColumn = { label: string; values: Array<string | number> };

export function ChartFigure({
  id,
  title,
  description,
  legend,
  table,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  legend?: Array<{ label: string; color: string; dashed?: boolean }>;
  table: { rowHeader: string; rows: string[]; columns: TTableColumn[] };
  children: React.ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4"
    >
      <figcaption>
        <h3 id={`${id}-title`} className="font-semibold">
          {title}
        </h3>
        {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      </figcaption>
      <div className="mt-2">{children}</div>
      {legend?.length ? (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label={`Legend: ${title}`}>
          {legend.map((l) => (
            <li key={l.label} className="flex items-center gap-1.5">
              <svg width="18" height="10" aria-hidden="true">
                {l.dashed ? (
                  <line
                    x1="0"
                    y1="5"
                    x2="18"
                    y2="5"
                    stroke={l.color}
                    strokeWidth="2.5"
                    strokeDasharray="4 3"
                  />
                ) : (
                  <rect width="18" height="10" fill={l.color} />
                )}
              </svg>
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="mt-2 text-sm">
        <summary className="no-print cursor-pointer text-blue-800">
          Data table<span className="sr-only">: {title}</span>
        </summary>
        <div className="mt-2 max-h-72 overflow-auto">
          <table className="w-full border-collapse text-left text-xs">
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-300 px-2 py-1">
                  {table.rowHeader}
                </th>
                {table.columns.map((c) => (
                  <th
                    key={c.label}
                    scope="col"
                    className="border-b border-slate-300 px-2 py-1 text-right"
                  >
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={row}>
                  <th scope="row" className="border-b border-slate-100 px-2 py-0.5 font-normal">
                    {row}
                  </th>
                  {table.columns.map((c) => (
                    <td
                      key={c.label}
                      className="border-b border-slate-100 px-2 py-0.5 text-right tabular-nums"
                    >
                      {c.values[i]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
