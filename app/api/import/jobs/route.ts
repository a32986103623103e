// POST a confirmed import (the previewed files, possibly corrected) → a background job id.
import { runRoute } from "@/lib/auth/adapters";
import { startImport } from "@/lib/import/operations/start-import";

export async function POST(request: Request) {
  const input = await request.json().catch(() => null);
  return runRoute(startImport, request, input);
}
