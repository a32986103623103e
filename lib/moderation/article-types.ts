// Plain shapes of the articles pages (client-safe).
import type { TCommentStatus, THarmScoreMap } from "./types";

export type TStatusCounts = Record<TCommentStatus, number>;

export type TArticleListRow = {
  id: number;
  title: string;
  source: string | null;
  publishedAt: string | null;
  hidden: boolean;
  commentsOpen: boolean;
  counts: TStatusCounts;
};

export type TArticleSummary = {
  article: {
    id: number;
    title: string;
    url: string | null;
    source: string | null;
    publishedAt: string | null;
    hidden: boolean;
    commentsOpen: boolean;
    excerpt: string;
  };
  counts: TStatusCounts;
  harms: Array<{ harm: string; count: number }>;
  topFlagged: Array<{
    id: number;
    excerpt: string;
    status: TCommentStatus;
    priority: number;
    scores: THarmScoreMap;
    flaggedHarms: string[];
    authorName: string | null;
  }>;
};

export type TPublicComment = {
  id: number;
  parentId: number | null;
  author: string | null;
  body: string;
  postedAt: string | null;
};
export type TPublicArticle = {
  id: number;
  title: string;
  body: string;
  url: string | null;
  publishedAt: string | null;
  commentsOpen: boolean;
};
