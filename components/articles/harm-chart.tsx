// Flagged comments by harm as an SVG bar chart, with the same figures in a table for screen
// readers and anyone who prefers numbers.
import { HARM_LABEL } from "@/lib/moderation/types";
import { type THarm } from "@/lib/triage/types";

const COLOUR: Record<string, string> = {
  hate: "var(--color-hate)",
  harassment: "var(--color-harassment)",
  threat: "var(--color-threat)",
  profanity: "var(--color-profanity)",
  extremism: "var(--color-extremism)",
  misinformation: "var(--color-misinformation)",
};

export function HarmChart({ harms }: { harms: Array<{ harm: string; count: number }> }) {
  if (harms.length === 0)
    return (
      <p className="text-sm text-slate-600">No harm signals in this article&apos;s comments.</p>
    );
  const max = Math.max(...harms.map((h) => h.count));
  const rowH = 26;
  const label = (h: string) => HARM_LABEL[h as THarm] ?? h;
  return (
    <figure>
      <svg
        role="img"
        aria-label={`Flagged comments by harm: ${harms.map((h) => `${label(h.harm)} ${h.count}`).join(", ")}`}
        viewBox={`0 0 400 ${harms.length * rowH}`}
        className="w-full max-w-md"
      >
        {harms.map((h, i) => (
          <g key={h.harm} transform={`translate(0 ${i * rowH})`}>
            <text x="0" y="17" fontSize="13" fill="#0f172a">
              {label(h.harm)}
            </text>
            <rect
              x="120"
              y="5"
              height="16"
              width={Math.max(2, (h.count / max) * 230)}
              fill={COLOUR[h.harm] ?? "#475569"}
              rx="2"
            />
            <text x={126 + (h.count / max) * 230} y="17" fontSize="13" fill="#0f172a">
              {h.count}
            </text>
          </g>
        ))}
      </svg>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer">Show as a table</summary>
        <table className="mt-1">
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Harm
              </th>
              <th scope="col" className="text-right">
                Comments
              </th>
            </tr>
          </thead>
          <tbody>
            {harms.map((h) => (
              <tr key={h.harm}>
                <td className="pr-4">{label(h.harm)}</td>
                <td className="text-right tabular-nums">{h.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
