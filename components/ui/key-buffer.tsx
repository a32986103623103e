// Renders the key-buffer script (see key-buffer-script.ts) with this request's CSP nonce.
import { headers } from "next/headers";
import { KEY_BUFFER_SCRIPT } from "./key-buffer-script";

export async function KeyBuffer() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: KEY_BUFFER_SCRIPT }} />;
}
