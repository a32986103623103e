// Checked here, above reports/loading.tsx, so a denial is a 403 before anything streams.
import { pageAccess } from "@/lib/auth/adapters";

export default async function ReportsLayout({ children }: { children: React.ReactNode }) {
  await pageAccess("reports:read", "/reports");
  return children;
}
