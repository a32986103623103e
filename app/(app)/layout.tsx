import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { navFor } from "@/lib/auth/navigation";
import { AppShell } from "@/components/shell/app-shell";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return (
    <AppShell
      user={user}
      nav={navFor(user.role).map(({ href, label, shortcut }) => ({ href, label, shortcut }))}
    >
      {children}
    </AppShell>
  );
}
