// Names of the audit rows this domain writes, and which of them undo can reverse.
export const COMMENT_ACTIONS = {
  approve: "comment.approve",
  flag: "comment.flag",
  hide: "comment.hide",
  unhide: "comment.unhide",
  undo: "comment.undo",
  annotate: "comment.annotate",
  note: "comment.note",
} as const;

export const CLAIM_ACTIONS = { confirm: "claim.confirm", reject: "claim.reject" } as const;
export const ARTICLE_ACTIONS = {
  hide: "article.hide",
  restore: "article.restore",
  close: "article.close",
  reopen: "article.reopen",
} as const;

/** Status changes: each stores before/after state, so undo can restore `before` while state is `after`. */
export const UNDOABLE_ACTIONS: readonly string[] = [
  COMMENT_ACTIONS.approve,
  COMMENT_ACTIONS.flag,
  COMMENT_ACTIONS.hide,
  COMMENT_ACTIONS.unhide,
  COMMENT_ACTIONS.undo,
];
