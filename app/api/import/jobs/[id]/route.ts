// GET one import job's progress and report.
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { getImportJob } from "@/lib/import/queries";

async function handleGET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await authorizeRequest(request, "import:read");
  if (user instanceof Response) return user;
  const job = await getImportJob((await params).id);
  if (!job)
    return Response.json({ error: "No such import job.", code: "not_found" }, { status: 404 });
  return Response.json(job);
}

export const GET = withOutage503(handleGET);
