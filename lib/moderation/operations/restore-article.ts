// Restore a hidden article to the public site. (editors and admins; audited)
import { defineOperation } from "@/lib/auth/operation";
import { ARTICLE_ACTIONS } from "../audit-actions";
import { setArticleField } from "../article-state";
import { ZArticleVisibility } from "../schemas";

export const restoreArticle = defineOperation({
  name: "article.restore",
  permission: "article:hide",
  input: ZArticleVisibility,
  example: { articleId: 1 },
  run: ({ user }, input) =>
    setArticleField(user, input.articleId, "hidden", false, ARTICLE_ACTIONS.restore, input.reason),
});
