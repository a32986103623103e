// Recognises page furniture by its general shape (donation and currency widgets, support, newsletter,
// cookie, share, related-link, navigation lines, comment widgets and forms, counters), never by site name.

export type TLineRole =
  | "comments-start" // a heading or widget that opens a comment section ("12 Comments", "Notify of")
  | "comments-end" // the reply form or footer that follows comments ("Leave a Reply", "Post a Comment")
  | "control" // per-comment buttons and counters ("Reply", "3 likes")
  | "placeholder" // where a comment's image or embed was ("comment image")
  | "pingback" // "Pingback: …", "Trackback von …": a link notice, not a reader's comment
  | "level" // "level 2": a thread depth marker (forums)
  | null;

export type TBoilerplate = { reason: string; role: TLineRole; pageOnly: boolean };

// pageOnly: furniture around the article, but plausible as a reader's words inside a comment section.
type TRule = { reason: string; role?: TLineRole; pageOnly?: boolean; max: number; test: (s: string, lower: string) => boolean };

const SOCIAL = new Set(
  "facebook twitter x youtube instagram telegram whatsapp linkedin reddit vk vkontakte pinterest tumblr email e-mail mail print share tweet gab minds rumble bitchute tiktok mastodon threads copy link messenger pocket flipboard odnoklassniki ok rss feed gettr truth social skype viber line weibo wechat".split(" "),
);
const SOCIAL_NETWORK = /facebook|twitter|youtube|instagram|telegram|whatsapp|linkedin|reddit|vk|pinterest|tumblr|gab|rumble|bitchute|tiktok|mastodon|gettr/;

function isSocialRow(lower: string): boolean {
  const words = lower.split(/[\s|·•,/]+/).filter((w) => w && !/^\(?\d+\)?$/.test(w));
  if (words.length === 0 || !words.every((w) => SOCIAL.has(w.replace(/[:!]$/, "")))) return false;
  return SOCIAL_NETWORK.test(lower) || (words.length === 1 && /^(share|tweet|print|email|e-mail)$/.test(words[0]));
}


/** "new | threads | comments | ask | show | jobs": a row of four or more short links. */
function isMenuRow(s: string): boolean {
  const parts = s.split(/\s+\|\s+/);
  return parts.length >= 4 && parts.every((p) => p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p));
}
const COMMENT_COUNT = /^(\d+|one|ein|eine|un|une)\s+(comments?|kommentare?|meinungen|commentaires?|comentarios?|comentários?|commenti|reacties|responses?|replies|komentarz\S*|комментари\S*|отзыв\S*)\s*:?$/i;

const RULES: TRule[] = [
  { reason: "donation widget", max: 30, test: (s) => /^(?:[$€£¥]\s?\d[\d,.\s]*|\d[\d,.\s]*\s?(?:[$€£¥]|usd|eur|gbp|rub))$/i.test(s) },
  { reason: "counter", max: 40, test: (s) => /^[\d\s,.:/()%+-]+$/.test(s) },
  {
    reason: "counter",
    max: 600,
    test: (s) => /\btotal:\s*[\d,.]+/i.test(s) || (s.match(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g)?.length ?? 0) >= 3 || (s.match(/\(\d+\)/g)?.length ?? 0) >= 3,
  },
  { reason: "counter", max: 50, test: (s) => /^[\d,.]+k?\s*(views?|reads?|shares?|min(ute)?s? read)$|^reading time\b|^\d+\s*min(ute)?s?\s*read$|^\d{1,3}% upvoted$/i.test(s) },
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
      /\b(comments? (are|is|will be) (moderated|reviewed|checked|held)|awaiting moderation|held for moderation|moderation queue|kommentare werden (moderiert|geprüft|freigeschaltet)|les commentaires sont modérés|los comentarios (son|están) moderados|i commenti sono moderati|os comentários são moderados)\b/.test(l) ||
      /комментари\S* (на сайте )?(проверяются|модерируются)/.test(l),
  },
  { reason: "comment widget", max: 120, test: (_s, l) => /\b(kommentarfeed|trackback-url|comments feed|comments rss|rss feed for comments|flux des commentaires)\b/.test(l) },
  {
    reason: "donation appeal",
    max: 800,
    test: (_s, l) => /\b(donat\w*|paypal|patreon|buy me a coffee|bitcoin|crypto(currency)? wallet|subscribestar)\b/.test(l) && /\b(support|help|contribut\w*|please|your)\b/.test(l),
  },
  // Case-sensitive on purpose: "Support SouthFront" is a widget, "support assad" a reader's slogan.
  { reason: "support appeal", pageOnly: true, max: 60, test: (s) => /^(?:[Pp]lease )?(?:[Ss]upport|SUPPORT|[Dd]onate to)(?: us| our \S+| the \S+| \p{Lu}[\p{L}\d-]*){1,2}$/u.test(s) },
  { reason: "support appeal", max: 80, test: (s) => /^(support (us|our work|independent journalism)|become a (patron|member|supporter)|donate( now| today)?)[.!]?$/i.test(s) },
  {
    reason: "newsletter",
    max: 160,
    test: (_s, l) =>
      /\b(subscribe|sign up|signup|join)\b.{0,40}\b(newsletter|mailing list|our list|updates|digest|alerts|inbox)\b/.test(l) ||
      /^(enter |type )?(your )?e-?mail( address)?( here)?\s*\*?[:.…]*$/.test(l) ||
      /^(subscribe|sign up|join now|join|get updates)( now| today| for free)?[.!]?$/.test(l) ||
      /^(we respect your privacy|we (will )?never share your e-?mail|no spam|unsubscribe at any time)\b/.test(l) ||
      /^i (agree|accept|consent)\b.{0,80}\b(privacy|terms|policy|newsletter)\b/.test(l) ||
      /^(get|receive) (the latest|our best|breaking news).{0,60}(inbox|e-?mail)/.test(l) ||
      /^(don'?t|never) miss (a|an|the)\b.{0,60}$/.test(l),
  },
  {
    reason: "cookie banner",
    max: 400,
    test: (_s, l) =>
      (/\bcookies?\b/.test(l) && /\b(we use|uses|accept|consent|policy|settings|preferences|experience|agree|continuing)\b/.test(l)) ||
      /^(accept( all)?( cookies)?|reject( all)?|decline( all)?|manage (preferences|cookies|settings|options)|cookie settings|got it!?|ok(ay)?,? i agree|i agree|i accept|allow all( cookies)?|customi[sz]e( settings)?|privacy settings)$/.test(l),
  },
  { reason: "share buttons", max: 200, test: (_s, l) => /^(share( this| on| via)?( (article|post|story|page))?|tweet( this)?|pin it|copy link|email this|print this( (article|page))?)\s*[:!]?$/.test(l) || isSocialRow(l) },
  { reason: "share buttons", max: 60, test: (_s, l) => /^((diese[nrs]?|den|die|das) )?(geschichte|artikel|beitrag|seite|story) teilen$|^share this (story|article|post|page)$|^(please )?(follow|like)( (and|&) (like|follow|share))? us\b.{0,20}$/.test(l) },
  { reason: "share buttons", max: 120, test: (_s, l) => /^(artikel teilen|teilen|diesen artikel teilen|jetzt teilen|partager( cet article| sur)?|partagez|compartir( en)?|comparte|condividi|delen|compartilhe)\s*[:!/|]?$/.test(l) || /^(?:email this|blogthis!|share to (?:twitter|facebook|pinterest|x))+$/.test(l) },
  { reason: "author box", pageOnly: true, max: 200, test: (_s, l) => /\bview all posts by\b|^(about the author|about the writer|published by|written by|über den autor|zum autor|à propos de l'auteur|sobre el autor|l'autore)\s*:?$/.test(l) },
  { reason: "share buttons", max: 60, test: (_s, l) => /^(follow us( on)?|like us on|find us on|(share|post|send) (it |this )?(on|via|to|by) (facebook|twitter|x|whatsapp|telegram|e-?mail|linkedin|reddit|pinterest|vk|messenger))\b.{0,30}$/.test(l) },
  {
    reason: "related links",
    max: 200,
    test: (_s, l) =>
      /^(mehr zum thema|weitere artikel|das könnte sie auch interessieren|auch interessant|lesen sie auch|lire aussi|à lire aussi|voir aussi|sur le même (thème|sujet)|articles similaires|leer más|ver también|te puede interesar|leggi anche|potrebbe interessarti|lees ook|ähnliche (beiträge|artikel)|verwandte (beiträge|artikel)|similar (posts|articles)|recent (comments|posts)|neueste kommentare|neueste beiträge|letzte kommentare|commentaires récents|articles récents|comentarios recientes|entradas recientes|commenti recenti|archives|archiv|blogroll|meta|most popular|related( posts| articles| stories| news| content| topics)?|read (more|also|next)|see also|more (stories|news|articles|on this( topic)?|from [^:]{1,40})|you (may|might) also (like|enjoy)|recommended( for you| reading)?|popular( posts| now| stories)?|trending( now| stories)?|latest( news| posts| articles| stories)|most (read|popular|viewed|shared)|tags?|labels?|categor(y|ies)|filed under|topics?|editor'?s picks|previous (post|article)|next (post|article)|article (précédent|suivant)|vorheriger artikel|nächster artikel|artículo (anterior|siguiente)|articolo (precedente|successivo)|keep reading|continue reading)\s*(?:[:»›|→-].{0,160}|\.\.\.|…)?$/.test(l),
  },
  {
    reason: "navigation",
    max: 60,
    test: (_s, l) =>
      /^(home|menu|main menu|search( for)?|search …|skip to (main )?content|scroll (up|to top)|back to top|go to top|top|next|previous|prev|older posts?|newer posts?|log ?in|sign in|register|log ?out|toggle navigation|close|about( us)?|contact( us)?|privacy( policy)?|terms( of (use|service))?|sitemap|archives?|load more|show more|« ?(older|previous)( entries| posts)?|(newer|next)( entries| posts)? ?»|page \d+( of \d+)?|(\d+ )+(next|»)|newer post older post home|older post newer post home|user account menu|sign up|log in or sign up|impressum|datenschutz|datenschutzerklärung|kontakt|startseite|accueil|mentions légales|inicio|contacto|menü|menu principal|suche|rechercher|buscar|cerca)$/.test(l),
  },
  // Bylines belong to the article's header; inside a comment section "By Friday…" is a reader's words.
  {
    reason: "byline",
    pageOnly: true,
    max: 120,
    test: (s) => /^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Aa]uthor:)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*(?:[|,·•–—-]|\bat\b|\bon\b|\bin\b).{0,80})?$/u.test(s),
  },
  { reason: "byline", pageOnly: true, max: 120, test: (_s, l) => /^(posted|submitted|asked|started) by \S+( .{0,60})?$/.test(l) },
  // "35 Comments »" is the comment section's heading, not a link to the next page.
  { reason: "navigation", pageOnly: true, max: 140, test: (s) => (/^[«‹←]\s?\S.{0,120}$|^.{1,120}\S\s?[»›→]$/.test(s) && !/^(\d+\s+\S+|share|reply|more|see more)\s*[»›→]$/i.test(s)) || isMenuRow(s) },
  {
    reason: "navigation",
    max: 160,
    test: (_s, l) => (l.match(/\b(home|categories|faq|guidelines|terms of service|terms|privacy policy|privacy|about|contact|latest|top|login|sign up|impressum|datenschutz)\b/g)?.length ?? 0) >= 3 && !/[.!?]$/.test(l) && l.split(/[\s/|·•]+/).length <= 12,
  },
  { reason: "media caption", max: 160, test: (_s, l) => /\.(png|jpe?g|gif|webp|svg)\s*\d{2,5}\s*[×x]\s*\d{2,5}\b/.test(l) },
  { reason: "advertisement", max: 60, test: (_s, l) => /^(advertisement|advertising|sponsored( content| links?)?|ads?|promoted( content| stories)?|paid content|ads by \S+|story continues below( advertisement)?)$/.test(l) },
  { reason: "copyright", max: 200, test: (_s, l) => /^(©|copyright\b|\(c\)\s*\d{4}|all rights reserved)/.test(l) },
  {
    reason: "media caption",
    max: 160,
    test: (_s, l) =>
      /^(click (here )?(to|for) (see|view|enlarge|watch|open|download|play)|click (on )?(the )?(image|map|picture|photo) to|tap to (enlarge|expand)|(photo|image|picture|video|map|illustration|graphic|infographic)s?( credits?)?:|watch( the)? video\b)/.test(l),
  },
  // Comment sections: openers, forms and footers, per-comment controls, placeholders.
  {
    reason: "comment widget",
    role: "comments-start",
    max: 200,
    test: (_s, l) =>
      /^(\d+\s+)?(comments|responses|replies|reactions|thoughts|discussions?|kommentare|meinungen|commentaires|réponses|comentarios|respuestas|commenti|risposte|reacties|reacties|comentários|комментари\S*|отзыв\S*|komentarz\S*)(\s*\(\d+\))?\s*:?\s*[»›→]?$/.test(l) ||
      /^(\d+\s+)?(kommentar|commentaire|réponse|comentario|commento|reactie|comment)\s*:?$/.test(l) ||
      /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|un|une) (comments?|responses?|replies|thoughts?|kommentare?|antworten|meinungen|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte|reacties|комментари\S*|отзыв\S*|komentarz\S*)(?: (on|to|zu|auf|à|sur|a|en|su|op|к|на|do) |\s*:\s*).{1,180}$/.test(l) ||
      /^(view|show|see|load|read|display)( all)? \d+ (comments?|replies)$/.test(l) ||
      /^(kommentare|commentaires|comentarios|commenti)( anzeigen| afficher| \(\d+\))?$/.test(l) ||
      /^(join the (discussion|conversation)|start the (discussion|conversation)|reader comments|readers'? comments|comments? section|show( all)? comments|view( all)? comments|load comments|display comments|notify of|sort by\b.{0,30}|oldest|newest|most voted|best|top comments?|all comments|(newest|oldest|most voted|best|top)( (newest|oldest|most voted|best|top))+|inline feedbacks|what do you think\??|have your say|be the first to comment\b.*|\d+ comments? so far|conversation)$/.test(l),
  },
  {
    reason: "comment form",
    role: "comments-end",
    max: 200,
    test: (_s, l) =>
      /^(leave|post|add|write|submit) (a |your )?(reply|comment|response)( to .{1,160}?)?( cancel reply)?$/.test(l) ||
      /your e-?mail( address)? will not be published|required fields are marked|would love your thoughts|this site uses akismet|you must be logged in to post|comments are (now )?closed|powered by (disqus|discourse)|^cancel reply$|^save my name, e-?mail|^notify me of (follow-up|new) (comments|posts)|^subscribe to:? post comments|^(please )?(log ?in|sign in|register) to (comment|reply|join)/.test(l) ||
      /^(name|e-?mail|website|url|comment|message|your (name|comment|message))\s*\*?\s*(\(required\))?:?$/.test(l) ||
      /^(post|submit|send|publish) (comment|reply)$/.test(l) ||
      /^(sign in|log ?in) with$|^or (register|sign up) with \S+$/.test(l) ||
      /^(schreiben sie einen kommentar|kommentar schreiben|kommentar verfassen|hinterlasse einen kommentar|einen kommentar schreiben|laisser un commentaire|laissez un commentaire|écrire un commentaire|ajouter un commentaire|deja un comentario|dejar un comentario|escribe un comentario|lascia un commento|scrivi un commento|laat een reactie achter|reageer|deixe um comentário|add comment|comments are closed|kommentare geschlossen|kommentare sind geschlossen|commentaires fermés|les commentaires sont fermés|comentarios cerrados)[.!]?$/.test(l) ||
      /ihre e-?mail-adresse wird nicht veröffentlicht|votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée|tu (dirección de )?correo electrónico no será publicad|il tuo indirizzo email non sarà pubblicato|je e-?mailadres wordt niet gepubliceerd|o seu endereço de email não será publicado/.test(l),
  },
  {
    reason: "comment controls",
    role: "control",
    max: 80,
    test: (_s, l) =>
      /^((reply|antworten|löschen|répondre|supprimer|responder|eliminar|rispondi|ответить|удалить|odpowiedz|like|liked|unlike|dislike|share|report|flag|edit|delete|permalink|quote|upvote|downvote|vote up|vote down|hide|hide replies|show replies|view replies|collapse|expand|load more comments|show more( replies| comments)?|log in to reply|reply ↓|loading\.*|like this:?|liked by \d+ (people|others)|\+|-|↑|↓|▲|▼|\d+\s*[smhdwy]|\d+\s*(likes?|dislikes?|points?|votes?|upvotes?|replies|reply|reactions?)|avatar|user avatar|profile (image|picture|photo))\s*[|·•]?\s*)+$/.test(l) ||
      /^(view|show|load|see) (\d+ )?(more )?(repl(y|ies)|comments?)$/.test(l) ||
      /^([•·−+]|share\s*[›»]|see more|favou?rite|link|permalink|(you must )?(sign|log) ?in to (up-?|down-?)?vote.*|\d+\s+\d+\s+(you must )?(sign|log) ?in to .{0,40})$/.test(l) ||
      /^(continue this thread|more replies|load more( replies| comments)?|view more comments|show more comments|view entire discussion.*|\d+ more repl(y|ies)|replies|save|give award|antworten|beantworten|melden|zitieren|répondre|signaler|citer|responder|denunciar|rispondi|segnala|reageren|beantwoord|responder|svara|odpowiedz|ответить)$/.test(l) ||
      (/[a-z]/.test(l) && /^((reply|like|likes|dislike|share|report|antworten|répondre|responder|rispondi|gefällt mir|j'aime|me gusta|mi piace|\d+\s*[smhdwy]|\d+|[+-]\d+)\s*[|·•]?\s*){2,6}$/.test(l)),
  },
  { reason: "pingback", role: "pingback", max: 400, test: (_s, l) => /^(pingback|trackback|ping)(\s*:|\s+(von|de|from|by|di|van)\b)/.test(l) },
  { reason: "thread level", role: "level", max: 20, test: (_s, l) => /^level \d{1,2}$/.test(l) },
  {
    reason: "placeholder",
    role: "placeholder",
    max: 40,
    test: (_s, l) => /^(comment image|\[?image\]?|\[?img\]?|\[?gif\]?|embedded (image|content|video|media)|\[?video\]?|\[?photo\]?|picture|attachment)$/.test(l),
  },
];

/** The reason a normalised line is page furniture, with its role in comment sections; null if content. */
export function classifyBoilerplate(norm: string): TBoilerplate | null {
  if (norm === "" || norm.length > 800) return null;
  const lower = norm.toLowerCase();
  for (const rule of RULES) {
    if (norm.length <= rule.max && rule.test(norm, lower)) return { reason: rule.reason, role: rule.role ?? null, pageOnly: rule.pageOnly ?? false };
  }
  return null;
}

/** Controls that close one comment in layouts where every comment ends with its buttons. */
export function isTerminatingControl(norm: string): boolean {
  return /^(reply|like|report|share|flag)\b|\b(likes?|points?|votes?|upvotes?)$/i.test(norm);
}
