// Sends visitors without a session cookie to sign-in, keeping where they were going. This is only a
// fast path: every page, action and route still checks the session and permission on the server.
import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/queue/:path*", "/articles/:path*", "/import/:path*", "/reports/:path*", "/admin/:path*", "/comments/:path*", "/authors/:path*"] };
