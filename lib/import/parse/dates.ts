// Recognises dates as pages and exports write them ("30 June 2017 14:33", "June 5, 2021 at 3:14 pm",
// "JUNE 2021", ISO, RFC 2822) and turns them into ISO 8601 strings, never guessing what is not there.

export type TDatePrecision = "month" | "day" | "minute";

export type TDateMatch = {
  /** ISO 8601: "2021-06-01" (month precision: first of month), "2021-06-05", "2021-06-05T15:14:00" (no zone given). */
  iso: string;
  precision: TDatePrecision;
  start: number;
  end: number;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
// Month names of the other languages comment sections are written in (French, German, Spanish,
// Italian, Portuguese, Dutch), with and without accents. Only read next to a day and a year.
const FOREIGN_MONTHS: string[][] = [
  ["janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "janv"],
  ["février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "févr", "fevr"],
  ["mars", "märz", "maerz", "marzo", "março", "marco", "maart", "mrz"],
  ["avril", "abril", "aprile", "avr"],
  ["mai", "mayo", "maggio", "maio", "mei"],
  ["juin", "juni", "junio", "giugno", "junho"],
  ["juillet", "juli", "julio", "luglio", "julho", "juil"],
  ["août", "aout", "agosto", "augustus"],
  ["septembre", "septiembre", "setiembre", "settembre", "setembro"],
  ["octobre", "oktober", "octubre", "ottobre", "outubro", "okt"],
  ["novembre", "noviembre", "novembro"],
  ["décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "dez", "déc"],
];
FOREIGN_MONTHS.forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});
const FOREIGN = FOREIGN_MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join("|");
const MONTH = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${FOREIGN})\\.?`;
// "at 3:14 pm", "@11h13", "um 11:54 Uhr", "à 10 h 05", "a las 9:30".
const TIME =
  "(?:,?\\s*(?:at|@|-|–|um|à|a las|alle|om|kl\\.?)?\\s*(\\d{1,2})\\s?[:.h]\\s?(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|uhr)?)?";
const monthOf = (name: string): number => MONTHS[name.toLowerCase()];

// Order matters: the longest, most specific shapes first.
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => TParts | null }[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/gi,
    read: (m) => ({ y: +m[1], mo: +m[2], d: +m[3], h: m[4], mi: m[5], zone: m[7] }),
  },
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})${TIME}`,
      "gi",
    ),
    read: (m) => ({ y: +m[3], mo: monthOf(m[2]), d: +m[1], h: m[4], mi: m[5], ampm: m[7] }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, "gi"),
    read: (m) => ({ y: +m[3], mo: monthOf(m[1]), d: +m[2], h: m[4], mi: m[5], ampm: m[7] }),
  },
  {
    // 05/06/2021 is ambiguous (US or European); only read it when one side cannot be a month.
    re: new RegExp(`\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${TIME}`, "gi"),
    read: (m) => {
      const a = +m[1];
      const b = +m[3];
      if (m[2] === "." || (a > 12 && b <= 12))
        return { y: +m[4], mo: b, d: a, h: m[5], mi: m[6], ampm: m[8] };
      if (b > 12 && a <= 12) return { y: +m[4], mo: a, d: b, h: m[5], mi: m[6], ampm: m[8] };
      return null;
    },
  },
  {
    re: new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => ({ y: +m[2], mo: monthOf(m[1]), d: null }),
  },
];

type TParts = {
  y: number;
  mo: number;
  d: number | null;
  h?: string;
  mi?: string;
  ampm?: string;
  zone?: string;
};

const pad = (n: number) => String(n).padStart(2, "0");

function toMatch(p: TParts, start: number, end: number): TDateMatch | null {
  if (!(p.y >= 1970 && p.y <= 2100 && p.mo >= 1 && p.mo <= 12)) return null;
  if (p.d === null) return { iso: `${p.y}-${pad(p.mo)}-01`, precision: "month", start, end };
  const daysInMonth = new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate();
  if (p.d < 1 || p.d > daysInMonth) return null;
  const day = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  if (p.h === undefined || p.mi === undefined) return { iso: day, precision: "day", start, end };
  let hour = +p.h;
  const ampm = p.ampm?.toLowerCase().replace(/\./g, "");
  if (ampm === "pm" && hour < 12) hour += 12;
  if (ampm === "am" && hour === 12) hour = 0;
  if (hour > 23 || +p.mi > 59) return { iso: day, precision: "day", start, end };
  const local = `${day}T${pad(hour)}:${pad(+p.mi)}:00`;
  if (p.zone) {
    const zoned = Date.parse(
      `${local}${p.zone === "z" ? "Z" : p.zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")}`,
    );
    if (Number.isFinite(zoned))
      return { iso: new Date(zoned).toISOString(), precision: "minute", start, end };
  }
  return { iso: local, precision: "minute", start, end };
}

/** The first date found anywhere in `text`, or null. */
export function findDate(text: string): TDateMatch | null {
  if (text.length > 2000) text = text.slice(0, 2000);
  let best: TDateMatch | null = null;
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(m);
      const match = parts && toMatch(parts, m.index, m.index + m[0].length);
      if (match && (!best || match.start < best.start)) best = match;
      if (match) break;
    }
  }
  return best;
}

const RELATIVE =
  /^(?:about\s+|over\s+|almost\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|w|months?|mo|years?|y)\s+ago$|^(?:just now|yesterday|today|moments? ago|\d+\s*[smhdwy])$/i;

/** "3 hours ago", "yesterday": a time the page showed relative to when it was saved (unknowable). */
export function isRelativeTime(text: string): boolean {
  return text.length < 40 && RELATIVE.test(text.trim());
}

/**
 * A timestamp from a structured export (ISO, "YYYY-MM-DD HH:MM:SS", RFC 2822, epoch seconds or ms).
 * `assumeUtc` is for fields documented as GMT (WordPress *_gmt). Returns ISO 8601 or null.
 */
export function normaliseTimestamp(value: unknown, assumeUtc = false): string | null {
  if (typeof value === "number") return epochToIso(value);
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (s === "" || s.startsWith("0000-00-00")) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) return epochToIso(Number(s));
  const iso =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) {
    const zone = iso[3] ?? (assumeUtc ? "Z" : "");
    const text = `${iso[1]}T${iso[2]}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
    const ms = Date.parse(zone ? text : `${text}Z`);
    if (!Number.isFinite(ms)) return null;
    return zone ? new Date(ms).toISOString() : text.length === 16 ? `${text}:00` : text;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return findDate(s)?.iso ?? null;
  // RFC 2822 ("Fri, 30 Jun 2017 14:33:00 +0000") always carries a zone; Date.parse reads it exactly.
  if (/[+-]\d{4}$|\b(GMT|UTC)$/i.test(s)) {
    const ms = Date.parse(s);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  const found = findDate(s);
  return found && found.end - found.start >= s.length * 0.6 ? found.iso : null;
}

function epochToIso(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  if (!Number.isFinite(ms) || ms < 0 || ms > 4102444800000) return null;
  return new Date(ms).toISOString();
}
