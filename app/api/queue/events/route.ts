// GET /api/queue/events: Server-Sent Events for the live queue. "inserted" tells how many new
// comments arrived; "changed" carries the new status / lease of comments someone just touched.
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { subscribeToComments, type TCommentEvent } from "@/lib/moderation/live/comment-events";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

async function handleGET(request: Request) {
  const user = await authorizeRequest(request, "queue:read");
  if (user instanceof Response) return user;
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send(`retry: 5000\nevent: ready\ndata: {}\n\n`);
      const unsubscribe = subscribeToComments((event: TCommentEvent) =>
        send(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
      );
      // Comments keep proxies from closing an idle stream.
      const heartbeat = setInterval(() => send(`: ping\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
        cleanup = () => {};
      };
      request.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

export const GET = withOutage503(handleGET);
