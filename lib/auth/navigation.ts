// The app's sections and who sees them in the navigation (the server still checks every request).
import { can, type TPermission, type TRole } from "./permissions";

export type TNavItem = { href: string; label: string; permission: TPermission; shortcut: string };

export const NAV: TNavItem[] = [
  { href: "/queue", label: "Queue", permission: "queue:read", shortcut: "g q" },
  { href: "/articles", label: "Articles", permission: "article:read", shortcut: "g a" },
  { href: "/import", label: "Import", permission: "import:read", shortcut: "g i" },
  { href: "/reports", label: "Reports", permission: "reports:read", shortcut: "g r" },
  { href: "/admin", label: "Admin", permission: "users:manage", shortcut: "g s" },
];

export function navFor(role: TRole): TNavItem[] {
  return NAV.filter((item) => can(role, item.permission));
}

export function homeFor(role: TRole): string {
  return navFor(role)[0]?.href ?? "/login";
}
