// Every admin page is for admins only: checked here, above admin/loading.tsx, so a denial is a 403
// before anything streams. Each page still checks its own permission.
import { pageAccess } from "@/lib/auth/adapters";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await pageAccess("users:manage", "/admin");
  return children;
}
