// Who an author is: matched per site by the source's account id, else by display name. The site is
// the host of the article's URL ("www." dropped); an article without a URL belongs to site "".
// The migration 20261130205500_authors_reader_reports computes the same host in SQL: keep in step.
const HOST = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/;

export function siteOfUrl(url: string | null | undefined): string {
  const host = url ? HOST.exec(url.trim())?.[1] : undefined;
  return host ? host.toLowerCase().replace(/^www\./, "") : "";
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The Author row's unique key, or null when the comment names nobody. */
export function authorMatchKey(
  site: string,
  comment: { author: string | null; authorExternalId?: string | null },
): string | null {
  const externalId = comment.authorExternalId?.trim();
  if (externalId) return `${site}|id:${externalId}`;
  const name = comment.author ? squash(comment.author) : "";
  return name ? `${site}|n:${name.toLowerCase()}` : null;
}
