"use client";
// Primary navigation; marks the current section for screen readers and offers "g then letter" keys.
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useShortcuts } from "@/components/ui/use-shortcuts";

type TItem = { href: string; label: string; shortcut: string };

export function NavLinks({ items }: { items: TItem[] }) {
  const pathname = usePathname();
  const router = useRouter();
  // "g then letter" through the shared shortcut layer, which also keeps the page's own keys from
  // acting on the second key of the sequence.
  useShortcuts(
    Object.fromEntries(items.map((item) => [item.shortcut, () => router.push(item.href)])),
    true,
    "shell",
  );
  return (
    <nav aria-label="Main">
      <ul className="flex gap-1">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(item.href + "/");
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                title={`${item.label} (${item.shortcut})`}
                className={`rounded px-3 py-1.5 text-sm font-medium ${current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
