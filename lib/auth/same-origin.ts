// CSRF defence for cookie-authenticated requests that change state: the browser must say the
// request comes from this app's own origin (scheme + host + port). SameSite=Lax cookies alone do
// not separate two ports of one site. Server actions get the same check from Next itself.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Paths authenticated by something other than the session cookie (API keys) or public by design. */
export const CSRF_EXEMPT_PREFIXES = ["/api/v1/", "/api/public/"];

function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  // x-forwarded-host survives only from a trusted proxy (lib/server/next-server.mjs drops the rest).
  for (const value of [headers.get("x-forwarded-host"), headers.get("host")]) {
    const first = value?.split(",")[0]?.trim().toLowerCase();
    if (first) hosts.add(first);
  }
  const configured = process.env.BETTER_AUTH_URL;
  if (configured) {
    try {
      hosts.add(new URL(configured).host.toLowerCase());
    } catch {
      // an unparseable BETTER_AUTH_URL adds nothing
    }
  }
  return hosts;
}

/** Why a request must be refused as cross-site, or null when it may go on. */
export function crossSiteReason(method: string, headers: Headers): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none")
    return `Sec-Fetch-Site is ${fetchSite}`;
  const origin = headers.get("origin");
  if (origin === null) return null; // not sent by a browser: no ambient cookie to abuse
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return `Origin ${origin.slice(0, 100)} is not a URL`;
  }
  if (!ownHosts(headers).has(host)) return `Origin ${origin.slice(0, 100)} is not this app`;
  return null;
}

export function crossSiteRefusal(method: string, headers: Headers): Response | null {
  const reason = crossSiteReason(method, headers);
  if (!reason) return null;
  return Response.json(
    { error: "Cross-site request refused: send it from the Vigil app itself.", code: "cross_site" },
    { status: 403 },
  );
}
