// Next.js start-up hook: starts the in-process job worker in the server (VIGIL_WORKER=0 turns it off).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { inProcessWorkerEnabled, startInProcessWorker } = await import("@/lib/jobs/in-process");
  if (inProcessWorkerEnabled()) startInProcessWorker();
}
