// Close an article for new comments. (editors and admins; audited)
import { defineOperation } from "@/lib/auth/operation";
import { ARTICLE_ACTIONS } from "../audit-actions";
import { setArticleField } from "../article-state";
import { ZArticleVisibility } from "../schemas";

export const closeComments = defineOperation({
  name: "article.close",
  permission: "article:close",
  input: ZArticleVisibility,
  example: { articleId: 1 },
  run: ({ user }, input) =>
    setArticleField(
      user,
      input.articleId,
      "commentsOpen",
      false,
      ARTICLE_ACTIONS.close,
      input.reason,
    ),
});
