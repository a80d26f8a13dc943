import { codecTable } from './codecs.js';

/**
 * How much a word looks like mojibake: a small integer, 0 for ordinary text. It
 * counts what mis-decoded UTF-8 produces and real words almost never contain:
 * C1 controls and U+FFFD, box-drawing characters, symbols wedged between letters
 * (`Р‘Рµ`), Latin and Cyrillic letters mixed inside one word (`Рµ`), lowercase
 * followed by uppercase (`рЃ`), and the Latin-1 lead letters `Ã Â Ð Ñ à…ï` followed by
 * a character windows-1252 or Latin-1 gives to bytes 0x80–0xBF (`Ð‘`, `â€“`). Linear in the word length.
 */
export function weirdness(word: string): number {
  let score = 0;
  let prevKind = 0; // 0 other, 1 latin letter, 2 cyrillic letter, 3 symbol
  let prevLower = false;
  let prevCode = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x80 && c <= 0x9f) || c === 0xfffd) {
      score += 3;
      prevKind = 3;
      prevCode = c;
      continue;
    }
    if (c === 0xa0 && (i === 0 || i === word.length - 1)) score += 1; // NBSP at a word edge: `п\u00A0` = К read as KOI8-R
    if (c >= 0x2500 && c <= 0x259f) score += 2; // box drawing and blocks (KOI8-R upper half)
    const kind = kindOf(c);
    if (kind === 1 || kind === 2) {
      if ((prevKind === 1 || prevKind === 2) && prevKind !== kind) score += 1;
      if (prevKind === 3 && i >= 2 && isLetterKind(kindOf(word.charCodeAt(i - 2)))) score += 2; // letter-symbol-letter
      const lower = isLower(c);
      if (prevLower && (kind === 1 || kind === 2) && !lower && isUpper(c) && (prevKind === 1 || prevKind === 2)) score += 1;
      prevLower = lower;
    } else {
      prevLower = false;
    }
    if ((prevCode === 0x420 || prevCode === 0x421) && CP1251_HIGH.has(c)) score += 1; // `РІ` = в read as windows-1251
    if ((prevCode === 0x412 || prevCode === 0x413) && CP1251_HIGH_ALL.has(c)) score += 1; // `В«` = « read as windows-1251
    if ((prevCode === 0x43f || prevCode === 0x44f || prevCode === 0x41f || prevCode === 0x42f) && KOI8_HIGH.has(c)) score += 2; // `п⌠` = Г read as KOI8-R
    if ((prevCode === 0xc3 || prevCode === 0xc2 || prevCode === 0xd0 || prevCode === 0xd1 || (prevCode >= 0xe0 && prevCode <= 0xef)) && ((c >= 0x80 && c <= 0xbf) || CP1252_HIGH.has(c))) score += 2;
    prevKind = kind;
    prevCode = c;
  }
  return score;
}

/** Characters windows-1251 gives to the UTF-8 continuation bytes 0x80–0xBF. */
const CP1251_HIGH: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (let b = 0x80; b < 0xc0; b++) set.add(codecTable('windows-1251').decode[b]!.charCodeAt(0));
  // Punctuation that really follows a capital Р or С (`КНР»`, `СССР…`) does not count.
  for (const ch of '«»…–—•№§©®™') set.delete(ch.charCodeAt(0));
  return set;
})();

/** Characters windows-1252 gives to the bytes 0x80–0xBF (`’` in `Ð’`). */
const CP1252_HIGH: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (let b = 0x80; b < 0xc0; b++) set.add(codecTable('windows-1252').decode[b]!.charCodeAt(0));
  return set;
})();

/** All characters windows-1251 gives to the bytes 0x80–0xBF. */
const CP1251_HIGH_ALL: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (let b = 0x80; b < 0xc0; b++) set.add(codecTable('windows-1251').decode[b]!.charCodeAt(0));
  return set;
})();

/** Characters KOI8-R gives to the UTF-8 continuation bytes 0x80–0xBF (less ё Ё ©, which follow п in real words). */
const KOI8_HIGH: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (let b = 0x80; b < 0xc0; b++) set.add(codecTable('koi8-r').decode[b]!.charCodeAt(0));
  for (const ch of 'ёЁ©') set.delete(ch.charCodeAt(0));
  return set;
})();

function isLetterKind(k: number): boolean {
  return k === 1 || k === 2;
}

/** 1 Latin letter, 2 Cyrillic letter, 3 non-ASCII symbol or punctuation, 0 otherwise. */
function kindOf(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 1;
  if (c < 0x80) return 0;
  if (c === 0xb5 || c === 0xaa || c === 0xba) return 3; // µ ª º: letters by category, symbols in mojibake
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 1;
  if (c >= 0x400 && c <= 0x52f) return 2;
  if (c >= 0xa0 && c <= 0xbf) return 3;
  if (c === 0xd7 || c === 0xf7) return 3;
  if (c >= 0x2010 && c <= 0x2044) return 3; // dashes, quotes, bullets, ellipsis, ‰ ‹ ›
  if (c === 0x20ac || c === 0x2116 || c === 0x2122 || c === 0x2dc || c === 0x2c6) return 3; // € № ™ ˜ ˆ
  if (c >= 0x2190 && c <= 0x22ff) return 3; // arrows, maths (≈ ≤ ≥ √ ∙)
  if (c >= 0x2320 && c <= 0x2321) return 3; // ⌠ ⌡
  if (c >= 0x2500 && c <= 0x259f) return 3;
  return 0;
}

function isLower(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c >= 0x430 && c <= 0x45f) return true;
  if (c < 0x80 || (c >= 0x410 && c < 0x430)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x400 && c <= 0x42f) return true;
  if (c < 0x80 || (c >= 0x430 && c <= 0x45f)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
