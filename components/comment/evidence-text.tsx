"use client";
// The comment's text with evidence highlighted by harm: each highlight is a focusable <mark> with
// a visible harm label and its reasons in a tooltip (hover or keyboard focus). Built from string
// slices into React nodes (no HTML injection). Selecting text reports UTF-16 offsets into the body.
import { useId, useMemo, useRef } from "react";
import { annotationPieces, describeSegment, segmentText } from "@/lib/moderation/highlight";
import type { TEvidenceSpan } from "@/lib/moderation/review-types";
import { HARM_LABEL } from "@/lib/moderation/types";
import { HARM_STYLE } from "@/components/ui/harm-style";
import { STAGE2_ANALYZER } from "./score-stage";

export type TTextSelection = { start: number; end: number; quote: string };

/** Offset of a DOM boundary in the body text, ignoring the labels and tooltips drawn inside it. */
function bodyOffset(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  const fragment = range.cloneContents();
  fragment.querySelectorAll("[data-skip]").forEach((el) => el.remove());
  return fragment.textContent?.length ?? 0;
}

type TAnnotationMark = { start: number; end: number; label: string };
type TProps = {
  body: string;
  spans: TEvidenceSpan[];
  annotations?: TAnnotationMark[];
  onSelect?: (selection: TTextSelection | null) => void;
};

/** A segment's text with moderators' annotations drawn in it (dotted box and the label on hover). */
function AnnotatedText({
  segment,
  annotations,
}: {
  segment: { start: number; text: string };
  annotations: TAnnotationMark[];
}) {
  return (
    <>
      {annotationPieces(segment, annotations).map((piece) =>
        piece.labels.length ? (
          <span
            key={piece.start}
            data-annotation={piece.labels.join(", ")}
            title={`Annotation: ${piece.labels.join(", ")}`}
            className="rounded-sm bg-yellow-100 outline-1 outline-dashed outline-yellow-700"
          >
            {piece.text}
          </span>
        ) : (
          <span key={piece.start}>{piece.text}</span>
        ),
      )}
    </>
  );
}

export function EvidenceText({ body, spans, annotations = [], onSelect }: TProps) {
  const segments = useMemo(() => segmentText(body, spans), [body, spans]);
  const root = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const readSelection = () => {
    const sel = window.getSelection();
    if (!onSelect || !root.current || !sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    if (sel.isCollapsed || !root.current.contains(range.commonAncestorContainer)) return;
    const start = bodyOffset(root.current, range.startContainer, range.startOffset);
    const end = bodyOffset(root.current, range.endContainer, range.endOffset);
    if (end > start) onSelect({ start, end, quote: body.slice(start, end) });
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- reads the text selection the user made with mouse or keyboard; it is not a control
    <div
      ref={root}
      onMouseUp={readSelection}
      onKeyUp={readSelection}
      className="whitespace-pre-wrap break-words text-base leading-relaxed"
      data-testid="comment-text"
    >
      {segments.map((segment) => {
        if (segment.spans.length === 0)
          return (
            <span key={segment.start}>
              <AnnotatedText segment={segment} annotations={annotations} />
            </span>
          );
        const { harms, reasons } = describeSegment(segment);
        const fromStage2 = reasons.some((r) => r.analyzer === STAGE2_ANALYZER);
        const tipId = `${idBase}-tip-${segment.start}`;
        return (
          <mark
            key={segment.start}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focusable so keyboard users can reach the reason tooltip
            tabIndex={0}
            aria-describedby={tipId}
            data-harms={harms.join(" ")}
            data-stage2={fromStage2 || undefined}
            className={`group relative rounded-sm px-0.5 text-slate-900 underline decoration-2 underline-offset-4 focus:outline-2 ${fromStage2 ? "decoration-dashed" : ""} ${HARM_STYLE[harms[0]].mark}`}
          >
            <AnnotatedText segment={segment} annotations={annotations} />
            <span
              data-skip
              aria-hidden="true"
              className="ml-0.5 select-none align-super text-[0.65rem] font-bold uppercase tracking-wide text-slate-800"
            >
              {harms.map((h) => HARM_LABEL[h]).join(" + ")}
              {fromStage2 ? " · stage 2" : null}
            </span>
            <span
              data-skip
              role="tooltip"
              id={tipId}
              className="invisible absolute left-0 top-full z-20 mt-1 w-72 select-none rounded bg-slate-900 p-2 text-left text-xs font-normal leading-snug text-white no-underline shadow-lg group-hover:visible group-focus:visible"
            >
              {reasons.map((r, i) => (
                <span key={i} className="block">
                  <strong>{HARM_LABEL[r.category]}</strong>: {r.reason}{" "}
                  <span className="text-slate-300">({r.analyzer})</span>
                </span>
              ))}
            </span>
          </mark>
        );
      })}
    </div>
  );
}
