// Decides whether a short line is a commenter's name (handle or personal name) and reads the
// author headers that comment layouts print: "Jane says:", "• Jane", "Jane | June 5, 2021", "Jane ➦ Tom".
import { findDate, isRelativeTime } from "../dates";

// Function words and the stock words of short comments: a "name" made of these is a sentence.
const COMMON_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as into about than then so not no yes " +
    "is are was were be been being am do does did done have has had will would shall should can could may might must " +
    "i me my mine you your yours he him his she her we us our they them their it its this that these those there here " +
    "what who whom which why how when where all any some more most much many such only just also very too really still " +
    "lol haha hahaha lmao rofl wow ok okay thanks thank please good great nice well true false agreed agree exactly indeed " +
    "sure right wrong bad same again never always now get got go going see seems like think know hope wish love hate " +
    "fake news nonsense amen correct absolutely totally lies lie nope yep yeah hey hi hello bye lies sad funny " +
    "i'm you're it's that's don't can't won't isn't let's what's he's she's they're we're"
  ).split(" "),
);

const ANONYMOUS = /^(anonymous|anon|guest|unknown|deleted|\[deleted\]|user|n\/a)$/i;

/** Author as stored: trimmed, single-spaced; placeholders for "nobody in particular" become null. */
export function normaliseAuthor(name: string | null): string | null {
  const n = name?.replace(/\s+/g, " ").trim() ?? "";
  return n === "" || ANONYMOUS.test(n) ? null : n;
}

function tokensOf(name: string): string[] {
  // A parenthetical (even one cut off: "Willing Conscience (The Truths") is a tagline, not the name.
  return name
    .replace(/\([^)]*\)?/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * How much a standalone line looks like a commenter's name, 0..1, from its shape alone:
 * few words, no sentence punctuation, capitalised or handle-like, not made of common words.
 */
export function nameScore(line: string): number {
  const s = line.trim();
  if (s.length < 2 || s.length > 50) return 0;
  // "\o/", ":-)", "+1": mostly symbols is an emoticon or a vote, never a name.
  const letters = s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < 2 || letters * 2 < s.replace(/\s/g, "").length) return 0;
  if (/https?:|www\.|\S@\S+\.\S/i.test(s)) return 0;
  // A final full stop is allowed after an initial ("Karen W.") or as a lone " ." some sites print.
  if (/[.!?,;:…]$/.test(s) && !/\s\.$|(?<!\p{L})\p{Lu}\.$/u.test(s)) return 0;
  // Full stops only in initials and titles ("J. Smith", "Dr. Amir Haddad").
  if (
    /[!?;"“”…]|\.\s/.test(s.replace(/\s\.$/, "").replace(/(?<!\p{L})\p{Lu}\p{Ll}{0,3}\.\s/gu, " "))
  )
    return 0;
  const tokens = tokensOf(s.replace(/\s\.$/, ""));
  if (tokens.length === 0 || tokens.length > 5 || tokens.some((t) => t.length > 25)) return 0;
  let common = 0;
  let lowerOther = 0;
  let caps = 0;
  for (const t of tokens) {
    const w = t.toLowerCase().replace(/[^\p{L}\p{N}'_-]/gu, "");
    if (COMMON_WORDS.has(w)) common++;
    else if (/^[\p{Lu}@]|\d|_/u.test(t)) caps++;
    else lowerOther++;
  }
  if (common === tokens.length) return 0;
  let score = tokens.length === 1 ? 0.7 : tokens.length <= 3 ? 0.75 : 0.6;
  if (caps === tokens.length && tokens.length > 1) score += 0.15;
  score -= 0.25 * common + 0.08 * lowerOther;
  return Math.max(0, Math.min(1, score));
}

export type TAuthorHeader = {
  /** What made it a header: "says:", a bullet, a date printed beside the name, or the name line alone. */
  kind: "says" | "bullet" | "dated" | "name" | "signature";
  author: string | null;
  replyTo: string | null;
  /** True when replyTo comes from a pattern that can misfire (a trailing CamelCase handle). */
  replyGuessed: boolean;
  postedAt: string | null;
  relativeTime: boolean;
};

// Separators comment widgets print between the author and whom they answer (icons often lost in copy).
const REPLY_SEPARATOR =
  /\s*(?:➦|→|↪|⤷|►|▶|»|>|\b(?:replied to|in reply to|replying to|reply to)\b)\s*/i;
const HANDLE =
  /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+\d*$/u;

/** "Goran Grubić HardyVeles" → author "Goran Grubić", replyTo "HardyVeles" (guessed). */
export function splitReplyHint(
  name: string,
  knownAuthors: ReadonlySet<string>,
): Pick<TAuthorHeader, "author" | "replyTo" | "replyGuessed"> {
  const explicit = name.split(REPLY_SEPARATOR);
  if (explicit.length === 2 && explicit[0].trim() && explicit[1].trim()) {
    return {
      author: normaliseAuthor(explicit[0]),
      replyTo: normaliseAuthor(explicit[1]),
      replyGuessed: false,
    };
  }
  const tokens = name.trim().split(/\s+/);
  const last = tokens[tokens.length - 1] ?? "";
  if (tokens.length >= 2 && last.startsWith("@") && last.length > 2) {
    return {
      author: normaliseAuthor(tokens.slice(0, -1).join(" ")),
      replyTo: last.slice(1),
      replyGuessed: false,
    };
  }
  for (let k = 1; k < tokens.length; k++) {
    const tail = tokens.slice(tokens.length - k).join(" ");
    // "Bruno Skvorc SitePoint Staff MANCHUCK™": a known name at the end of a longer header line.
    if (knownAuthors.has(tail) && (!knownAuthors.has(name) || tokens.length - k >= 2)) {
      return {
        author: normaliseAuthor(tokens.slice(0, tokens.length - k).join(" ")),
        replyTo: tail,
        replyGuessed: true,
      };
    }
  }
  if (tokens.length >= 3 && HANDLE.test(last) && !tokens.slice(0, -1).some((t) => HANDLE.test(t))) {
    return {
      author: normaliseAuthor(tokens.slice(0, -1).join(" ")),
      replyTo: last,
      replyGuessed: true,
    };
  }
  return { author: normaliseAuthor(name), replyTo: null, replyGuessed: false };
}

// "Jane says:", "Jane sagt:", "Jane dit :", "Jane escribió:"; with an optional "on <date>" before the colon.
const SAYS_VERB =
  "says|said|wrote|writes|commented|replied|sagt|schreibt|schrieb|meint|dit|a écrit|écrit|répond|dice|escribió|escribe|comentó|scrive|ha scritto|ha detto|commenta|dice|zegt|schreef|disse|diz|escreveu|говорит|пишет|написал|написала|ответил|ответила|pisze|napisał|napisała|skriver|skrev";
const SAYS_HEADER = new RegExp(
  `^(.*?)\\s+(?:${SAYS_VERB})(?:\\s+(?:on|at|am|le|el|il|op)\\s+(.{4,60}?))?\\s*:\\s*(.*)$|^(.*?)\\s+(?:${SAYS_VERB})\\s*(?::|\\.\\.\\.|…)?\\s*$`,
  "i",
);
// Blogger prints the name glued to the date: "IwonaMay 30, 2019 at 1:06 PM", "Helen T.June 4, 2019".
// Its German/French/Spanish skins put a weekday first: "Andjela GligorijevicMittwoch, Mai 10, 2017 4:14:00 PM".
const GLUED_DATE =
  /^(.{1,40}?(?:\p{Ll}|\.))((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, |(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo), )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Janvier|Février|Mars|Avril|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre)[a-zäéû]*\.? \d{1,2}, \d{4}\b.*)$/u;

const WEEKDAY_TAIL =
  /[\s,]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira)[\s,]*$/iu;

/** Strips list markers and trailing separators around a name: "  2. northerntruthseeker ." → "northerntruthseeker". */
function cleanName(raw: string): string {
  return (
    raw
      .trim()
      .replace(/^(?:#?\d{1,4}[.)]|[•▪►◦‣·*–—-])\s*/, "")
      .replace(/\s+[.,:;|·•–—-]+$/, "")
      .replace(/[,:;|·•–—-]+$/, "")
      // "Mark T." keeps the initial's full stop; "Jane." does not.
      .replace(/(\p{L}{2,})\.$/u, "$1")
      .replace(/\s+(?:on|at|posted|commented)$/i, "")
      .trim()
  );
}

/** A name good enough when the layout itself says "this is an author" (says:, bullet, date beside it). */
function isLooseName(name: string): boolean {
  if (!name || name.length > 60 || /https?:|www\./i.test(name)) return false;
  if (/[!?;"“”]/.test(name)) return false;
  const tokens = tokensOf(name);
  if (tokens.length === 0 || tokens.length > 6) return false;
  return !tokens.every((t) => COMMON_WORDS.has(t.toLowerCase()));
}

function dateTail(
  text: string,
): { head: string; postedAt: string | null; relative: boolean } | null {
  // Buttons after the time ("jane 12 days ago | parent | flag | on: …") are the header's controls.
  const controls =
    /^(.*?\b(?:ago|just now|yesterday))\s*\|\s*(?:parent|flag|favorite|link|reply|edit|delete|context|next|prev|hide|vote)\b.*$/i.exec(
      text,
    );
  if (controls) text = controls[1];
  const rel =
    /^(.*?)[\s|·•,–—-]+((?:about |over |almost )?(?:\d+|an?|one) \S+ ago|just now|yesterday)$/i.exec(
      text,
    );
  if (rel && isRelativeTime(rel[2])) return { head: rel[1], postedAt: null, relative: true };
  const found = findDate(text);
  if (!found || found.precision === "month") return null;
  const after = text
    .slice(found.end)
    .replace(/^[\s,]*(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?/i, "");
  // A post number may follow the date ("codinghorror February 6, 2014, 5:27am 2", "#12").
  // … or the comment's own Reply button ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten").
  if (
    !/^[\s:.,|·-]*(?:said|says|wrote)?[\s:]*(?:#?\d{1,5})?\s*(?:[|·•–—-]\s*)?(?:reply|antworten|répondre|responder|rispondi|ответить|odpowiedz|reageren|svara)?\s*$/i.test(
      after,
    )
  )
    return null;
  // "Jane Mittwoch, Mai 10, 2017": a weekday before the date is part of the date, not of the name.
  return {
    head: text.slice(0, found.start).replace(WEEKDAY_TAIL, ""),
    postedAt: found.iso,
    relative: false,
  };
}

// "Comment by Jane Doe — 17.07, 2011 @ 13:04", "Posted by Jane at 3:14 pm": a signature printed
// under the comment it signs (old WordPress themes, guestbooks), not above the next one.
const SIGNATURE =
  /^(?:comment(?:ed)?|posted|written|submitted|kommentar|geschrieben|eingetragen|commentaire|publié|posté|comentario|publicado|escrito|commento)\s+(?:by|von|de|par|por|di)\s+(.{1,60}?)\s*(?:[—–|,]|\s-\s|\s(?:on|at|am|um|le|el|il)\s|@)\s*(.{4,60})$/i;

export function parseSignature(norm: string): TAuthorHeader | null {
  if (norm.length > 140) return null;
  const m = SIGNATURE.exec(norm);
  if (!m) return null;
  const when = findDate(m[2]);
  if (!when && !/\d{1,2}[:.]\d{2}/.test(m[2]) && !isRelativeTime(m[2].trim())) return null;
  const name = cleanName(m[1]);
  if (!isLooseName(name)) return null;
  return {
    kind: "signature",
    author: normaliseAuthor(name),
    replyTo: null,
    replyGuessed: false,
    postedAt: when && when.precision !== "month" ? when.iso : null,
    relativeTime: !when,
  };
}

/**
 * An author header that the layout makes unambiguous: "1. Jane says:", "Jane on June 5, 2021 at 3:14 pm
 * said:", "• Jane", "Jane · 3 hours ago", "Jane | June 5, 2021". Null for anything else.
 */
export function parseStrongHeader(
  norm: string,
  knownAuthors: ReadonlySet<string>,
): TAuthorHeader | null {
  if (norm.length > 120) return null;
  const glued = GLUED_DATE.exec(norm);
  let rest = glued ? `${glued[1]} ${glued[2]}` : norm;
  let kind: TAuthorHeader["kind"] | null = null;
  const says = SAYS_HEADER.exec(rest);
  let postedAt: string | null = null;
  let relative = false;
  if (says) {
    rest = says[1] ?? says[4];
    const trailing = (says[2] ?? "") + " " + (says[3] ?? "");
    if (trailing.trim()) {
      const when = findDate(trailing);
      if (!when && !isRelativeTime(trailing.trim())) return null;
      postedAt = when?.iso ?? null;
      relative = !when;
    }
    kind = "says";
  }
  const bullet = /^[•▪►◦‣]\s*(.+)$/.exec(rest);
  if (bullet) {
    rest = bullet[1];
    kind ??= "bullet";
  }
  const tail = dateTail(rest);
  if (tail) {
    rest = tail.head;
    postedAt ??= tail.postedAt;
    relative ||= tail.relative;
    kind ??= "dated";
  }
  if (!kind) return null;
  // "codinghorror (Jeff Atwood)": a closed parenthetical after a handle is the display name.
  const name = cleanName(rest).replace(/^(\S+)\s+\([^()]{2,40}\)$/u, "$1");
  if (!isLooseName(name)) return null;
  return { kind, ...splitReplyHint(name, knownAuthors), postedAt, relativeTime: relative };
}
