/**
 * Palladius system (Russian Cyrillisation of Mandarin) ↔ Hanyu Pinyin, by syllable.
 *
 * Source: the initial and final correspondence tables of the Palladius system as given in
 * "Cyrillization of Chinese" (Wikipedia, en; "Система Палладия", ru), which follow
 * Palladius (Kafarov) and Popov's 1888 dictionary and the conventions of Russian
 * sinology (Кондрашевский, «Практический курс китайского языка»). The table is generated
 * from initials × finals with the orthographic rules of pinyin (i after z/c/s and
 * zh/ch/sh/r, ü after j/q/x, uo → o after labials and velars, zero-initial y/w forms), so
 * it may contain a few combinations Mandarin does not use; they are harmless for matching.
 *
 * @packageDocumentation
 */

/** Pinyin initials → Palladius (Cyrillic). */
const INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['b', 'б'], ['p', 'п'], ['m', 'м'], ['f', 'ф'], ['d', 'д'], ['t', 'т'], ['n', 'н'], ['l', 'л'],
  ['g', 'г'], ['k', 'к'], ['h', 'х'], ['j', 'цз'], ['q', 'ц'], ['x', 'с'], ['zh', 'чж'],
  ['ch', 'ч'], ['sh', 'ш'], ['r', 'ж'], ['z', 'цз'], ['c', 'ц'], ['s', 'с'],
];

/** Finals after an ordinary initial (b p m f d t n l g k h zh ch sh r z c s). */
const FINALS: ReadonlyArray<readonly [string, string]> = [
  ['a', 'а'], ['o', 'о'], ['e', 'э'], ['ai', 'ай'], ['ei', 'эй'], ['ao', 'ао'], ['ou', 'оу'],
  ['an', 'ань'], ['en', 'энь'], ['ang', 'ан'], ['eng', 'эн'], ['ong', 'ун'], ['i', 'и'],
  ['ia', 'я'], ['ie', 'е'], ['iao', 'яо'], ['iu', 'ю'], ['ian', 'янь'], ['in', 'инь'],
  ['iang', 'ян'], ['ing', 'ин'], ['iong', 'юн'], ['u', 'у'], ['ua', 'уа'], ['uo', 'о'],
  ['uai', 'уай'], ['ui', 'уй'], ['uan', 'уань'], ['un', 'унь'], ['uang', 'уан'],
];

/** Finals after j, q, x (u is ü there). */
const PALATAL_FINALS: ReadonlyArray<readonly [string, string]> = [
  ['i', 'и'], ['ia', 'я'], ['ie', 'е'], ['iao', 'яо'], ['iu', 'ю'], ['ian', 'янь'], ['in', 'инь'],
  ['iang', 'ян'], ['ing', 'ин'], ['iong', 'юн'], ['u', 'юй'], ['ue', 'юэ'], ['uan', 'юань'], ['un', 'юнь'],
];

/** Syllables with no initial. */
const ZERO_INITIAL: ReadonlyArray<readonly [string, string]> = [
  ['a', 'а'], ['o', 'о'], ['e', 'э'], ['ai', 'ай'], ['ei', 'эй'], ['ao', 'ао'], ['ou', 'оу'],
  ['an', 'ань'], ['en', 'энь'], ['ang', 'ан'], ['eng', 'эн'], ['er', 'эр'],
  ['yi', 'и'], ['ya', 'я'], ['ye', 'е'], ['yao', 'яо'], ['you', 'ю'], ['yan', 'янь'], ['yin', 'инь'],
  ['yang', 'ян'], ['ying', 'ин'], ['yong', 'юн'], ['yu', 'юй'], ['yue', 'юэ'], ['yuan', 'юань'], ['yun', 'юнь'],
  ['wu', 'у'], ['wa', 'ва'], ['wo', 'во'], ['wai', 'вай'], ['wei', 'вэй'], ['wan', 'вань'], ['wen', 'вэнь'],
  ['wang', 'ван'], ['weng', 'вэн'],
];

/** Syllables whose Palladius form is not initial + final. */
const SPECIAL: ReadonlyArray<readonly [string, string]> = [
  ['zhi', 'чжи'], ['chi', 'чи'], ['shi', 'ши'], ['ri', 'жи'], ['zi', 'цзы'], ['ci', 'цы'], ['si', 'сы'],
  ['nü', 'нюй'], ['lü', 'люй'], ['nüe', 'нюэ'], ['lüe', 'люэ'],
  ['gui', 'гуй'], ['kui', 'куй'], ['hui', 'хуэй'], ['dui', 'дуй'], ['tui', 'туй'], ['zhui', 'чжуй'],
  ['bo', 'бо'], ['po', 'по'], ['mo', 'мо'], ['fo', 'фо'],
];

function build(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (pinyin: string, cyr: string): void => {
    const list = out.get(cyr);
    if (list === undefined) out.set(cyr, [pinyin]);
    else if (!list.includes(pinyin)) list.push(pinyin);
  };
  for (const [pi, ci] of INITIALS) {
    const palatal = pi === 'j' || pi === 'q' || pi === 'x';
    for (const [pf, cf] of palatal ? PALATAL_FINALS : FINALS) {
      if (!palatal && (pi === 'zh' || pi === 'ch' || pi === 'sh' || pi === 'r' || pi === 'z' || pi === 'c' || pi === 's') && pf === 'i') continue;
      add(pi + pf, ci + cf);
    }
  }
  for (const [p, c] of ZERO_INITIAL) add(p, c);
  for (const [p, c] of SPECIAL) add(p, c);
  return out;
}

/**
 * Palladius syllable (lower-case Cyrillic) → its pinyin readings (without tones).
 * Built once from the initial/final tables above.
 */
export const PALLADIUS_TO_PINYIN: ReadonlyMap<string, readonly string[]> = build();

/** Longest Palladius syllable, in characters. */
export const PALLADIUS_MAX_SYLLABLE = Math.max(...[...PALLADIUS_TO_PINYIN.keys()].map((k) => k.length));
