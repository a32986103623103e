// Reopen an article for new comments. (editors and admins; audited)
import { defineOperation } from "@/lib/auth/operation";
import { ARTICLE_ACTIONS } from "../audit-actions";
import { setArticleField } from "../article-state";
import { ZArticleVisibility } from "../schemas";

export const reopenComments = defineOperation({
  name: "article.reopen",
  permission: "article:close",
  input: ZArticleVisibility,
  example: { articleId: 1 },
  run: ({ user }, input) =>
    setArticleField(
      user,
      input.articleId,
      "commentsOpen",
      true,
      ARTICLE_ACTIONS.reopen,
      input.reason,
    ),
});
