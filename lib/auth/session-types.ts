// The signed-in user as the rest of the app sees it (no Prisma types).
import type { TRole } from "./permissions";

export type TSessionUser = { id: string; email: string; name: string; role: TRole };
