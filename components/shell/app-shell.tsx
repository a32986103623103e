// The signed-in frame: skip link, navigation for the user's role, who-am-I and sign-out.
import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { KeyBuffer } from "@/components/ui/key-buffer";
import { ShortcutLayer } from "@/components/ui/shortcut-layer";
import { NavLinks } from "./nav-links";

type TProps = {
  user: { name: string; email: string; role: string };
  nav: Array<{ href: string; label: string; shortcut: string }>;
  children: React.ReactNode;
};

export function AppShell({ user, nav, children }: TProps) {
  return (
    <div className="flex min-h-screen flex-col">
      {/* Before anything else, so keys pressed while the page hydrates are kept (see the script). */}
      <KeyBuffer />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-2">
          <Link href="/" className="text-lg font-bold tracking-tight">
            Vigil
          </Link>
          <NavLinks items={nav} />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span data-testid="whoami">
              <span className="font-medium">{user.name}</span>{" "}
              <span
                className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-700"
                aria-label={`role: ${user.role.toLowerCase()}`}
              >
                {user.role.toLowerCase()}
              </span>
            </span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <ShortcutLayer />
    </div>
  );
}
