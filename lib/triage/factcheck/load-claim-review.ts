// Loads schema.org ClaimReview JSON(-LD), the markup fact-checkers publish: one review, an array,
// an `@graph`, or a DataFeed. Other node types (WebPage, Organization...) are passed over silently.

import { FactCheckCollector, stableClaimId } from "./fact-check-record";
import type { TLoadResult } from "./schemas";
import { verdictFromRating } from "./verdict";

type TNode = Record<string, unknown>;

function isNode(value: unknown): value is TNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown): string | undefined {
  const v = first(value);
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

/** An author or publisher: a string, a {name} object, or an array of either. */
function nameOf(value: unknown): string | undefined {
  const v = first(value);
  return isNode(v) ? (text(v.name) ?? text(v.legalName)) : text(v);
}

function hasType(node: TNode, type: string): boolean {
  const t = node["@type"];
  return Array.isArray(t) ? t.includes(type) : t === type;
}

/** Walks arrays, `@graph` and DataFeed containers; records ClaimReview nodes with a JSON path. */
function collectReviews(
  value: unknown,
  path: string,
  into: Array<{ node: TNode; where: string }>,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectReviews(item, `${path}[${i}]`, into));
    return;
  }
  if (!isNode(value)) return;
  if (hasType(value, "ClaimReview")) {
    into.push({ node: value, where: path });
    return;
  }
  for (const key of ["@graph", "dataFeedElement", "item", "mainEntity", "review"]) {
    if (key in value) collectReviews(value[key], `${path}.${key}`, into);
  }
}

function verdictOf(node: TNode): string | undefined {
  const rating = first(node.reviewRating);
  if (!isNode(rating)) return undefined;
  const label = text(rating.alternateName) ?? text(rating.name);
  if (label) return label;
  const value = Number(first(rating.ratingValue));
  const best = rating.bestRating === undefined ? 5 : Number(first(rating.bestRating));
  const worst = rating.worstRating === undefined ? 1 : Number(first(rating.worstRating));
  return verdictFromRating(value, best, worst) ?? undefined;
}

function reviewToRecord(node: TNode): Record<string, unknown> {
  const item = first(node.itemReviewed);
  const claim =
    text(node.claimReviewed) ?? (isNode(item) ? (text(item.text) ?? text(item.name)) : undefined);
  const url =
    text(node.url) ?? (text(node["@id"])?.startsWith("http") ? text(node["@id"]) : undefined);
  return {
    id:
      text(node.identifier) ??
      text(node["@id"]) ??
      url ??
      (claim ? stableClaimId(claim) : undefined),
    claim,
    verdict: verdictOf(node),
    url,
    publisher: nameOf(node.author) ?? nameOf(node.publisher),
    title: text(node.headline) ?? text(node.name),
    claimant: isNode(item) ? nameOf(item.author) : undefined,
    date: text(node.datePublished) ?? text(node.dateCreated),
  };
}

export function loadClaimReviewJson(jsonText: string): TLoadResult {
  const out = new FactCheckCollector();
  let value: unknown;
  try {
    value = JSON.parse(jsonText.replace(/^\uFEFF/, ""));
  } catch {
    out.fail("file", "not valid JSON");
    return out.result();
  }
  const reviews: Array<{ node: TNode; where: string }> = [];
  collectReviews(value, "$", reviews);
  if (reviews.length === 0) out.fail("file", 'no ClaimReview found (expected @type "ClaimReview")');
  for (const { node, where } of reviews) {
    const record = reviewToRecord(node);
    // A review without a usable rating still names the claim: it loads as "unrated".
    out.add(record, where);
  }
  return out.result();
}
