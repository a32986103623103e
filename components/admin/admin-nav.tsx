// The admin section's own navigation (users, audit log, and each settings page).
import Link from "next/link";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/jobs", label: "Jobs" },
  { href: "/admin/settings", label: "Thresholds & scorers" },
  { href: "/admin/settings/terms", label: "Terms" },
  { href: "/admin/settings/rules", label: "Rules" },
  { href: "/admin/settings/fact-checks", label: "Fact-checks" },
  { href: "/admin/settings/api-keys", label: "API keys" },
];

export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Admin" className="no-print mb-4 border-b border-slate-200 pb-2">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className={`rounded px-2.5 py-1 text-sm ${link.href === current ? "bg-slate-200 font-semibold text-slate-900" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
