// The 403 page outside the app shell: its own <main>. A section of the app denied to a role shows
// app/(app)/forbidden.tsx instead, in the shell's <main>.
import { ForbiddenNotice } from "@/components/shell/status-notices";

export default function Forbidden() {
  return (
    <main className="p-8">
      <ForbiddenNotice />
    </main>
  );
}
