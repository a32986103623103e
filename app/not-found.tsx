// The 404 page outside the app shell (an unknown address, or signed out): its own <main>.
// Inside the shell, app/(app)/not-found.tsx shows the same message in the shell's <main>.
import { NotFoundNotice } from "@/components/shell/status-notices";

export default function NotFound() {
  return (
    <main className="p-8">
      <NotFoundNotice />
    </main>
  );
}
