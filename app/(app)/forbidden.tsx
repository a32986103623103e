// The 403 page inside the app shell: a signed-in person opened a section their role does not
// include. The shell already provides the page's one <main>.
import { ForbiddenNotice } from "@/components/shell/status-notices";

export default function Forbidden() {
  return <ForbiddenNotice />;
}
