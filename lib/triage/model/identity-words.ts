// Neutral names of protected groups that the n-gram model reads as one word (features.ts). Slurs,
// derogatory spellings and words with a common other sense are left out: they keep their own
// features.
export const FOLDED_IDENTITY_WORDS: readonly string[] = `
jew jews jewish jewry hebrews
muslim muslims moslem moslems islam islamic
christian christians catholic catholics protestant protestants mormon mormons hindu hindus sikh sikhs
buddhist buddhists atheist atheists shia shias shiite shiites sunni sunnis
arab arabs arabic persian persians turk turks kurd kurds kurdish african africans blacks whites
asian asians chinese indian indians pakistani pakistanis mexican mexicans latino latinos latina
latinas hispanic hispanics roma immigrant immigrants migrant migrants refugee refugees foreigner
foreigners gay gays lesbian lesbians homosexual homosexuals bisexual bisexuals trans transgender
women woman disabled autistic`
  .trim()
  .split(/\s+/);
