// GET /api/admin/rescore: how many comments a rescore would touch and the latest rescore job's
// progress (the Settings page polls it while a job runs, and stops when it has finished).
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { getRescoreState } from "@/lib/rescore/queries";

export const dynamic = "force-dynamic";

async function handleGET(request: Request) {
  const user = await authorizeRequest(request, "settings:manage");
  if (user instanceof Response) return user;
  return Response.json(await getRescoreState(), { headers: { "Cache-Control": "no-store" } });
}

export const GET = withOutage503(handleGET);
