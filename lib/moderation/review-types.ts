// Plain shapes of the review page's data (client-safe).
import type { TCommentState, TCommentStatus, TFlagCategory, THarmScoreMap, TLease } from "./types";
import { type THarm } from "@/lib/triage/types";

export type TEvidenceSpan = {
  start: number;
  end: number;
  category: THarm;
  reason: string;
  analyzer: string;
};

export type TReviewComment = {
  id: number;
  body: string;
  status: TCommentStatus;
  flagCategory: TFlagCategory | null;
  version: number;
  priority: number;
  /** Which scoring stage the scores come from: 0 not yet scored, 1 fast analyzers, 2 + sentence encoder. */
  scoreStage: number;
  scores: THarmScoreMap;
  flaggedHarms: string[];
  createdAt: string;
  postedAt: string | null;
  lease: TLease;
  parentId: number | null;
  author: { id: number; name: string } | null;
  article: {
    id: number;
    title: string;
    url: string | null;
    excerpt: string;
    hidden: boolean;
    commentsOpen: boolean;
  };
};

export type TClaimSuggestion = {
  id: number;
  status: "SUGGESTED" | "CONFIRMED" | "REJECTED";
  score: number;
  /** 1 = best candidate; the list keeps the ranked order `vigil score` prints. */
  rank: number;
  /** Over the suggestion cut-off; the others are shown as lower candidates. */
  suggested: boolean;
  claim: string;
  verdict: string;
  url: string | null;
  publisher: string | null;
  /** When the fact-check was published (ISO day), when the library says. */
  publishedAt: string | null;
};

export type TAnnotationView = {
  id: number;
  start: number;
  end: number;
  quote: string;
  label: string;
  note: string | null;
  authorName: string;
  createdAt: string;
};
export type TNoteView = { id: number; body: string; authorName: string; createdAt: string };

export type THistoryEntry = {
  id: number;
  action: string;
  actorName: string;
  createdAt: string;
  before: TCommentState | null;
  after: TCommentState | null;
  reason: string | null;
  batchId: string | null;
  undoOf: number | null;
  undone: boolean;
  /** Undo would succeed now: not undone yet and the comment is still in this row's `after` state. */
  undoable: boolean;
};

export type TThreadNode = {
  id: number;
  parentId: number | null;
  depth: number;
  excerpt: string;
  status: TCommentStatus;
  authorName: string | null;
  postedAt: string | null;
};

export type TAuthorHistory = {
  counts: Record<TCommentStatus, number>;
  recent: Array<{
    id: number;
    excerpt: string;
    status: TCommentStatus;
    articleTitle: string;
    createdAt: string;
  }>;
};

export type TReviewData = {
  comment: TReviewComment;
  spans: TEvidenceSpan[];
  claims: TClaimSuggestion[];
  annotations: TAnnotationView[];
  notes: TNoteView[];
  history: THistoryEntry[];
};

export type TReviewContext = {
  parent: { id: number; excerpt: string; authorName: string | null; status: TCommentStatus } | null;
  thread: TThreadNode[];
  authorHistory: TAuthorHistory | null;
};
