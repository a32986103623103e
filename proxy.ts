// Runs before every request. Four jobs, none of them the authority (every page, action and route
// still checks session and permission on the server):
// 1. CSRF: a state-changing request that carries the session cookie must come from this app's own
//    origin (lib/auth/same-origin.ts; API-key and public routes are exempt);
// 2. a per-request nonce and the Content-Security-Policy that names it;
// 3. addresses with a NUL byte, and server-action bodies that are not JSON or form data, are a 400;
// 4. the fast path sending visitors without a session cookie to sign-in, keeping where they were going.
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { CSRF_EXEMPT_PREFIXES, crossSiteRefusal } from "@/lib/auth/same-origin";
import { contentSecurityPolicy } from "@/lib/auth/content-security-policy";
import { malformedActionBody } from "@/lib/auth/action-body";

const SIGNED_IN_SECTIONS = [
  "/queue",
  "/articles",
  "/import",
  "/reports",
  "/admin",
  "/comments",
  "/authors",
];

const under = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // PostgreSQL text cannot hold NUL: refuse it here once, not as a database error in some query.
  if (/%00/i.test(request.url))
    return NextResponse.json(
      { error: "The address contains a NUL character (%00).", code: "validation" },
      { status: 400 },
    );
  const hasSession = Boolean(getSessionCookie(request));
  if (hasSession && !CSRF_EXEMPT_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    const refusal = crossSiteRefusal(request.method, request.headers);
    if (refusal) return refusal;
  }
  const malformed = await malformedActionBody(request);
  if (malformed) return malformed;
  if (
    !hasSession &&
    request.method === "GET" &&
    SIGNED_IN_SECTIONS.some((section) => under(pathname, section))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy); // Next.js reads the nonce for its scripts from here
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Not API routes nor the fact-check upload: Next buffers the body of every request a proxy sees (up
// to 10 MB, then truncates it), while those routes stream their bodies under their own caps and run
// the same same-origin check themselves (lib/auth/request-body.ts, lib/auth/adapters.ts).
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon.ico|api/|admin/settings/fact-checks/import).*)",
    },
  ],
};
