// Editors' article switches (hidden, commentsOpen): a guarded update from the expected value, audited.
import { getDb } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/session-types";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";

type TField = "hidden" | "commentsOpen";
const DESCRIBE: Record<TField, (v: boolean) => string> = {
  hidden: (v) => (v ? "hidden" : "visible"),
  commentsOpen: (v) => (v ? "open for comments" : "closed for comments"),
};

export async function setArticleField(
  user: TSessionUser,
  articleId: number,
  field: TField,
  value: boolean,
  action: string,
  reason?: string,
) {
  const db = await getDb();
  return db.prisma.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: articleId, [field]: !value },
      data: { [field]: value },
    });
    if (updated.count === 0) {
      const exists = await tx.article.findUnique({
        where: { id: articleId },
        select: { id: true },
      });
      if (!exists) throw new NotFoundError("Article");
      throw new ConflictError(`This article is already ${DESCRIBE[field](value)}.`, {
        [field]: value,
      });
    }
    const auditId = await recordAudit(tx, {
      actor: user,
      targetType: "ARTICLE",
      targetId: articleId,
      action,
      before: { [field]: !value },
      after: { [field]: value },
      reason: reason || null,
    });
    return { id: articleId, [field]: value, auditId } as { id: number; auditId: number } & Partial<
      Record<TField, boolean>
    >;
  });
}
