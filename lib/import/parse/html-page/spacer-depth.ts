// Threads drawn by indentation instead of nesting: flat rows of comments (Hacker News-style tables,
// some forum skins) where each row carries a spacer whose "indent" attribute or image width grows
// with the reply depth. Returns each member's depth, or null when the rows show no such spacer.
import type { Element } from "domhandler";
import { attr, hintsOf } from "./dom";

const SPACER_HINT = /(^|[\s_-])(ind|indent|indentation|spacer)([\s_-]|$)/;

function spacerWidth(own: Element[]): number | null {
  for (const el of own) {
    const indent = attr(el, "indent");
    if (/^\d{1,3}$/.test(indent)) return Number(indent);
    if (!SPACER_HINT.test(hintsOf(el))) continue;
    const img =
      el.name === "img"
        ? el
        : (el.children.find((c) => c.type === "tag" && (c as Element).name === "img") as
            Element | undefined);
    const width = img ? attr(img, "width") : "";
    if (/^\d{1,4}$/.test(width)) return Number(width);
  }
  return null;
}

/** Depth per member (0 = top level) from their spacers; null unless every member has one and they differ. */
export function depthsBySpacer(
  members: Element[],
  ownOf: (member: Element) => Element[],
): Map<Element, number> | null {
  const widths = new Map<Element, number>();
  for (const m of members) {
    const w = spacerWidth(ownOf(m));
    if (w === null) return null;
    widths.set(m, w);
  }
  const values = [...widths.values()];
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return null;
  const unit = Math.min(...positive);
  const base = Math.min(...values);
  const depths = new Map<Element, number>();
  for (const [m, w] of widths) depths.set(m, Math.round((w - base) / unit));
  return depths;
}
