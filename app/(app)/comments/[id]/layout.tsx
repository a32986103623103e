// Checked here, above loading.tsx, so a missing comment is a 404 (and a denial a 403) before the
// review page streams.
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/auth/adapters";
import { commentExists } from "@/lib/moderation/review-queries";

export default async function CommentLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  await pageAccess("queue:read", `/comments/${id}`);
  if (!(await commentExists(Number(id)))) notFound();
  return children;
}
