// The client address of the current request, as resolved by the HTTP server (lib/server): never a
// header the client wrote. Null when the app runs without that server (e.g. in tests).
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address.mjs";

export function clientAddress(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER) || null;
}
