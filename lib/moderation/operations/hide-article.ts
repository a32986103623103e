// Hide an article and its whole thread from the public site. (editors and admins; audited)
import { defineOperation } from "@/lib/auth/operation";
import { ARTICLE_ACTIONS } from "../audit-actions";
import { setArticleField } from "../article-state";
import { ZArticleVisibility } from "../schemas";

export const hideArticle = defineOperation({
  name: "article.hide",
  permission: "article:hide",
  input: ZArticleVisibility,
  example: { articleId: 1 },
  run: ({ user }, input) =>
    setArticleField(user, input.articleId, "hidden", true, ARTICLE_ACTIONS.hide, input.reason),
});
