// The one permission table: which roles may do each action. Checked server side by executeOperation (lib/auth/operation.ts).

export const ROLES = ["ADMIN", "EDITOR", "MODERATOR"] as const;
export type TRole = (typeof ROLES)[number];

const MOD = ["MODERATOR", "EDITOR", "ADMIN"] as const;
const EDIT = ["EDITOR", "ADMIN"] as const;
const ADMIN = ["ADMIN"] as const;

export const PERMISSIONS = {
  "queue:read": MOD,
  "comment:moderate": MOD,
  "comment:annotate": MOD,
  "comment:note": MOD,
  "claim:decide": MOD,
  "article:read": MOD,
  "author:read": MOD,
  "author:note": MOD,
  // pre-moderate and suspend (and lift them); hide all of an author's comments is comment:moderate
  "author:restrict": MOD,
  // ban and trust (and lift them)
  "author:ban": EDIT,
  "reader-report:resolve": MOD,
  "article:hide": EDIT,
  "article:close": EDIT,
  "import:run": EDIT,
  "import:read": EDIT,
  "reports:read": ADMIN,
  "reports:export": ADMIN,
  "audit:read": ADMIN,
  "users:manage": ADMIN,
  "settings:manage": ADMIN,
  // retry and cancel background jobs (admin Jobs page)
  "jobs:manage": ADMIN,
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is TRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Fails closed: an unknown role or an unknown permission is a denial. */
export function can(role: unknown, permission: string): boolean {
  if (!isRole(role)) return false;
  const allowed = (PERMISSIONS as Record<string, readonly TRole[]>)[permission];
  return Array.isArray(allowed) && allowed.includes(role);
}

export function parseRole(input: string): TRole | null {
  const upper = input.trim().toUpperCase();
  return isRole(upper) ? upper : null;
}
