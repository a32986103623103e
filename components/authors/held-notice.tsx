// On the review page: a pending comment that waits for a person is not public until approved.
import { getHeldReason } from "@/lib/authors/queries";

export async function HeldNotice({ commentId }: { commentId: number }) {
  const reason = await getHeldReason(commentId);
  if (!reason) return null;
  return (
    <p
      className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="held-notice"
    >
      Held for a person ({reason}): not public until approved.
    </p>
  );
}
