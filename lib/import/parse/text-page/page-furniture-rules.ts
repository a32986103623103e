// Boilerplate rules for the furniture around an article (widgets, share rows, bylines, navigation,
// ads, copyright), in the order classifyBoilerplate tries them.
import type { TRule } from "./boilerplate";

const SOCIAL = new Set(
  "facebook twitter x youtube instagram telegram whatsapp linkedin reddit vk vkontakte pinterest tumblr email e-mail mail print share tweet gab minds rumble bitchute tiktok mastodon threads copy link messenger pocket flipboard odnoklassniki ok rss feed gettr truth social skype viber line weibo wechat".split(
    " ",
  ),
);
const SOCIAL_NETWORK =
  /facebook|twitter|youtube|instagram|telegram|whatsapp|linkedin|reddit|vk|pinterest|tumblr|gab|rumble|bitchute|tiktok|mastodon|gettr/;

function isSocialRow(lower: string): boolean {
  const words = lower.split(/[\s|·•,/]+/).filter((w) => w && !/^\(?\d+\)?$/.test(w));
  if (words.length === 0 || !words.every((w) => SOCIAL.has(w.replace(/[:!]$/, "")))) return false;
  return (
    SOCIAL_NETWORK.test(lower) ||
    (words.length === 1 && /^(share|tweet|print|email|e-mail)$/.test(words[0]))
  );
}

/** "new | threads | comments | ask | show | jobs": a row of four or more short links. */
function isMenuRow(s: string): boolean {
  const parts = s.split(/\s+\|\s+/);
  return parts.length >= 4 && parts.every((p) => p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p));
}
const COMMENT_COUNT =
  /^(\d+|one|ein|eine|un|une)\s+(comments?|kommentare?|meinungen|commentaires?|comentarios?|comentários?|commenti|reacties|responses?|replies|komentarz\S*|комментари\S*|отзыв\S*)\s*:?$/i;

export const PAGE_FURNITURE_RULES: TRule[] = [
  {
    reason: "donation widget",
    max: 30,
    test: (s) => /^(?:[$€£¥]\s?\d[\d,.\s]*|\d[\d,.\s]*\s?(?:[$€£¥]|usd|eur|gbp|rub))$/i.test(s),
  },
  { reason: "counter", max: 40, test: (s) => /^[\d\s,.:/()%+-]+$/.test(s) },
  {
    reason: "counter",
    max: 600,
    test: (s) =>
      /\btotal:\s*[\d,.]+/i.test(s) ||
      (s.match(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g)?.length ?? 0) >= 3 ||
      (s.match(/\(\d+\)/g)?.length ?? 0) >= 3,
  },
  {
    reason: "counter",
    max: 50,
    test: (s) =>
      /^[\d,.]+k?\s*(views?|reads?|shares?|min(ute)?s? read)$|^reading time\b|^\d+\s*min(ute)?s?\s*read$|^\d{1,3}% upvoted$/i.test(
        s,
      ),
  },
  // A post's meta line: "Social Media | 36 Kommentare", "Mai 03, 2017 / Sandra / 1 Meinungen /".
  {
    reason: "post meta",
    pageOnly: true,
    max: 160,
    test: (s) => {
      const parts = s.split(/\s*[|·•/]\s*/).filter(Boolean);
      return parts.length >= 2 && parts.length <= 6 && parts.some((p) => COMMENT_COUNT.test(p));
    },
  },
  // "Comments are moderated", "Все комментарии на сайте проверяются…": a notice, not the article.
  {
    reason: "comment form",
    max: 300,
    test: (_s, l) =>
      /\b(comments? (are|is|will be) (moderated|reviewed|checked|held)|awaiting moderation|held for moderation|moderation queue|kommentare werden (moderiert|geprüft|freigeschaltet)|les commentaires sont modérés|los comentarios (son|están) moderados|i commenti sono moderati|os comentários são moderados)\b/.test(
        l,
      ) || /комментари\S* (на сайте )?(проверяются|модерируются)/.test(l),
  },
  {
    reason: "comment widget",
    max: 120,
    test: (_s, l) =>
      /\b(kommentarfeed|trackback-url|comments feed|comments rss|rss feed for comments|flux des commentaires)\b/.test(
        l,
      ),
  },
  {
    reason: "donation appeal",
    max: 800,
    test: (_s, l) =>
      /\b(donat\w*|paypal|patreon|buy me a coffee|bitcoin|crypto(currency)? wallet|subscribestar)\b/.test(
        l,
      ) && /\b(support|help|contribut\w*|please|your)\b/.test(l),
  },
  // Case-sensitive on purpose: "Support SouthFront" is a widget, "support assad" a reader's slogan.
  {
    reason: "support appeal",
    pageOnly: true,
    max: 60,
    test: (s) =>
      /^(?:[Pp]lease )?(?:[Ss]upport|SUPPORT|[Dd]onate to)(?: us| our \S+| the \S+| \p{Lu}[\p{L}\d-]*){1,2}$/u.test(
        s,
      ),
  },
  {
    reason: "support appeal",
    max: 80,
    test: (s) =>
      /^(support (us|our work|independent journalism)|become a (patron|member|supporter)|donate( now| today)?)[.!]?$/i.test(
        s,
      ),
  },
  {
    reason: "newsletter",
    max: 160,
    test: (_s, l) =>
      /\b(subscribe|sign up|signup|join)\b.{0,40}\b(newsletter|mailing list|our list|updates|digest|alerts|inbox)\b/.test(
        l,
      ) ||
      /^(enter |type )?(your )?e-?mail( address)?( here)?\s*\*?[:.…]*$/.test(l) ||
      /^(subscribe|sign up|join now|join|get updates)( now| today| for free)?[.!]?$/.test(l) ||
      /^(we respect your privacy|we (will )?never share your e-?mail|no spam|unsubscribe at any time)\b/.test(
        l,
      ) ||
      /^i (agree|accept|consent)\b.{0,80}\b(privacy|terms|policy|newsletter)\b/.test(l) ||
      /^(get|receive) (the latest|our best|breaking news).{0,60}(inbox|e-?mail)/.test(l) ||
      /^(don'?t|never) miss (a|an|the)\b.{0,60}$/.test(l),
  },
  {
    reason: "cookie banner",
    max: 400,
    test: (_s, l) =>
      (/\bcookies?\b/.test(l) &&
        /\b(we use|uses|accept|consent|policy|settings|preferences|experience|agree|continuing)\b/.test(
          l,
        )) ||
      /^(accept( all)?( cookies)?|reject( all)?|decline( all)?|manage (preferences|cookies|settings|options)|cookie settings|got it!?|ok(ay)?,? i agree|i agree|i accept|allow all( cookies)?|customi[sz]e( settings)?|privacy settings)$/.test(
        l,
      ),
  },
  {
    reason: "share buttons",
    max: 200,
    test: (_s, l) =>
      /^(share( this| on| via)?( (article|post|story|page))?|tweet( this)?|pin it|copy link|email this|print this( (article|page))?)\s*[:!]?$/.test(
        l,
      ) || isSocialRow(l),
  },
  {
    reason: "share buttons",
    max: 60,
    test: (_s, l) =>
      /^((diese[nrs]?|den|die|das) )?(geschichte|artikel|beitrag|seite|story) teilen$|^share this (story|article|post|page)$|^(please )?(follow|like)( (and|&) (like|follow|share))? us\b.{0,20}$/.test(
        l,
      ),
  },
  {
    reason: "share buttons",
    max: 120,
    test: (_s, l) =>
      /^(artikel teilen|teilen|diesen artikel teilen|jetzt teilen|partager( cet article| sur)?|partagez|compartir( en)?|comparte|condividi|delen|compartilhe)\s*[:!/|]?$/.test(
        l,
      ) || /^(?:email this|blogthis!|share to (?:twitter|facebook|pinterest|x))+$/.test(l),
  },
  {
    reason: "author box",
    pageOnly: true,
    max: 200,
    test: (_s, l) =>
      /\bview all posts by\b|^(about the author|about the writer|published by|written by|über den autor|zum autor|à propos de l'auteur|sobre el autor|l'autore)\s*:?$/.test(
        l,
      ),
  },
  {
    reason: "share buttons",
    max: 60,
    test: (_s, l) =>
      /^(follow us( on)?|like us on|find us on|(share|post|send) (it |this )?(on|via|to|by) (facebook|twitter|x|whatsapp|telegram|e-?mail|linkedin|reddit|pinterest|vk|messenger))\b.{0,30}$/.test(
        l,
      ),
  },
  {
    reason: "related links",
    max: 200,
    test: (_s, l) =>
      /^(mehr zum thema|weitere artikel|das könnte sie auch interessieren|auch interessant|lesen sie auch|lire aussi|à lire aussi|voir aussi|sur le même (thème|sujet)|articles similaires|leer más|ver también|te puede interesar|leggi anche|potrebbe interessarti|lees ook|ähnliche (beiträge|artikel)|verwandte (beiträge|artikel)|similar (posts|articles)|recent (comments|posts)|neueste kommentare|neueste beiträge|letzte kommentare|commentaires récents|articles récents|comentarios recientes|entradas recientes|commenti recenti|archives|archiv|blogroll|meta|most popular|related( posts| articles| stories| news| content| topics)?|read (more|also|next)|see also|more (stories|news|articles|on this( topic)?|from [^:]{1,40})|you (may|might) also (like|enjoy)|recommended( for you| reading)?|popular( posts| now| stories)?|trending( now| stories)?|latest( news| posts| articles| stories)|most (read|popular|viewed|shared)|tags?|labels?|categor(y|ies)|filed under|topics?|editor'?s picks|previous (post|article)|next (post|article)|article (précédent|suivant)|vorheriger artikel|nächster artikel|artículo (anterior|siguiente)|articolo (precedente|successivo)|keep reading|continue reading)\s*(?:[:»›|→-].{0,160}|\.\.\.|…)?$/.test(
        l,
      ),
  },
  {
    reason: "navigation",
    max: 60,
    test: (_s, l) =>
      /^(home|menu|main menu|search( for)?|search …|skip to (main )?content|scroll (up|to top)|back to top|go to top|top|next|previous|prev|older posts?|newer posts?|log ?in|sign in|register|log ?out|toggle navigation|close|about( us)?|contact( us)?|privacy( policy)?|terms( of (use|service))?|sitemap|archives?|load more|show more|« ?(older|previous)( entries| posts)?|(newer|next)( entries| posts)? ?»|page \d+( of \d+)?|(\d+ )+(next|»)|newer post older post home|older post newer post home|user account menu|sign up|log in or sign up|impressum|datenschutz|datenschutzerklärung|kontakt|startseite|accueil|mentions légales|inicio|contacto|menü|menu principal|suche|rechercher|buscar|cerca)$/.test(
        l,
      ),
  },
  // Bylines belong to the article's header; inside a comment section "By Friday…" is a reader's words.
  {
    reason: "byline",
    pageOnly: true,
    max: 120,
    test: (s) =>
      /^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Aa]uthor:)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*(?:[|,·•–—-]|\bat\b|\bon\b|\bin\b).{0,80})?$/u.test(
        s,
      ),
  },
  {
    reason: "byline",
    pageOnly: true,
    max: 120,
    test: (_s, l) => /^(posted|submitted|asked|started) by \S+( .{0,60})?$/.test(l),
  },
  // "35 Comments »" is the comment section's heading, not a link to the next page.
  {
    reason: "navigation",
    pageOnly: true,
    max: 140,
    test: (s) =>
      (/^[«‹←]\s?\S.{0,120}$|^.{1,120}\S\s?[»›→]$/.test(s) &&
        !/^(\d+\s+\S+|share|reply|more|see more)\s*[»›→]$/i.test(s)) ||
      isMenuRow(s),
  },
  {
    reason: "navigation",
    max: 160,
    test: (_s, l) =>
      (l.match(
        /\b(home|categories|faq|guidelines|terms of service|terms|privacy policy|privacy|about|contact|latest|top|login|sign up|impressum|datenschutz)\b/g,
      )?.length ?? 0) >= 3 &&
      !/[.!?]$/.test(l) &&
      l.split(/[\s/|·•]+/).length <= 12,
  },
  {
    reason: "media caption",
    max: 160,
    test: (_s, l) => /\.(png|jpe?g|gif|webp|svg)\s*\d{2,5}\s*[×x]\s*\d{2,5}\b/.test(l),
  },
  {
    reason: "advertisement",
    max: 60,
    test: (_s, l) =>
      /^(advertisement|advertising|sponsored( content| links?)?|ads?|promoted( content| stories)?|paid content|ads by \S+|story continues below( advertisement)?)$/.test(
        l,
      ),
  },
  {
    reason: "copyright",
    max: 200,
    test: (_s, l) => /^(©|copyright\b|\(c\)\s*\d{4}|all rights reserved)/.test(l),
  },
  {
    reason: "media caption",
    max: 160,
    test: (_s, l) =>
      /^(click (here )?(to|for) (see|view|enlarge|watch|open|download|play)|click (on )?(the )?(image|map|picture|photo) to|tap to (enlarge|expand)|(photo|image|picture|video|map|illustration|graphic|infographic)s?( credits?)?:|watch( the)? video\b)/.test(
        l,
      ),
  },
];
