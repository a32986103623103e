// The 404 page inside the app shell (no such comment, article or author): the shell already
// provides the page's one <main>.
import { NotFoundNotice } from "@/components/shell/status-notices";

export default function NotFound() {
  return <NotFoundNotice />;
}
