/**
 * Token features for the name tagger: word, lemma, suffixes, shape, Az.js grammemes (Name,
 * Surn, Patr, Geox, Orgn, Abbr), gazetteer hits, quotes, and the same for neighbours.
 */
import { memoizeBounded } from '../../text/memo.js';
import { parseWord } from '../morph.js';
import { matchGazetteer, type GazetteerMatch } from '../gazetteer.js';
import type { EntityLang } from '../types.js';
import type { NerToken } from './tokens.js';
import { RU_ORG_HEADS } from '../lexicon-names.js';

const CYR = /[\u0400-\u04ff]/;
const FLAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init', 'Trad'] as const;

/** Word shape: `Aa`, `AA`, `a`, `d`, `Mx` (mixed), or the symbol itself. */
export function shapeOf(t: string): string {
  if (/^\p{Nd}+$/u.test(t)) return t.length === 4 ? 'dddd' : 'd';
  if (!/\p{L}/u.test(t)) return t.length === 1 ? t : 'sym';
  const upper = t === t.toUpperCase();
  const lower = t === t.toLowerCase();
  if (upper) return t.length === 1 ? 'A' : 'AA';
  if (lower) return t.includes('-') ? 'a-a' : 'a';
  if (/^\p{Lu}[\p{Ll}'’]+$/u.test(t)) return 'Aa';
  if (/^\p{Lu}[\p{Ll}]+-\p{Lu}/u.test(t)) return 'Aa-Aa';
  return 'Mx';
}

/** Word-form information used by the features. */
export interface TokenInfo {
  /** Serial number of this word form (for numeric cache keys). */
  id: number;
  lower: string;
  lemma: string;
  shape: string;
  flags: string[];
  pos: string;
  kase: string;
  script: string;
  /** Word class for context: `org` (organisation heads, media), `per` (titles), or ''. */
  cls: string;
}

let nextId = 1;

/** Words after which an organisation's name often comes (heads, media, companies). */
const ORG_CONTEXT = new Set([
  ...RU_ORG_HEADS, 'газета', 'журнал', 'телеканал', 'канал', 'издание', 'радиостанция', 'сайт', 'портал', 'команда',
  'фирма', 'завод', 'оператор', 'группа', 'издательство', 'производитель', 'сеть', 'лига', 'сборная', 'предприятие',
  'концерн', 'корпорация', 'холдинг', 'агентство', 'банк', 'клуб', 'компания', 'телекомпания', 'еженедельник',
]);
/** Words before a person's name: titles, offices, occupations. */
const PERSON_CONTEXT = new Set([
  'президент', 'премьер', 'премьер-министр', 'министр', 'глава', 'директор', 'председатель', 'руководитель', 'лидер',
  'посол', 'губернатор', 'мэр', 'спикер', 'генсек', 'секретарь', 'замминистра', 'заместитель', 'представитель',
  'пресс-секретарь', 'депутат', 'сенатор', 'канцлер', 'король', 'королева', 'принц', 'тренер', 'игрок', 'певец', 'актёр',
  'актриса', 'журналист', 'писатель', 'экономист', 'эксперт', 'космонавт', 'астронавт', 'капитан', 'полузащитник',
  'защитник', 'нападающий', 'вратарь', 'гроссмейстер', 'чемпион', 'вице-президент', 'генерал', 'господин', 'основатель',
  'аналитик', 'профессор', 'академик', 'художник', 'режиссёр', 'солист', 'музыкант', 'политик', 'сотрудник', 'сын', 'дочь', 'жена', 'муж',
]);
/**
 * Leading letters all forms of a listed lemma share (five for lemmas of six letters or more,
 * four for five, else three; `церковь` also as `церкв`): only such words are parsed.
 */
const classPrefix = (w: string): string => w.slice(0, w.length >= 6 ? 5 : w.length >= 5 ? 4 : 3);
const CLASS_PREFIXES = new Set([...[...ORG_CONTEXT, ...PERSON_CONTEXT].map(classPrefix), 'церкв']);
/**
 * A hyphenated word may take its lemma from its last part (`телеграм-канал` → `канал`): these
 * are checked on four (three) letters as the model was trained (`теле…`).
 */
const SHORT_PREFIXES = new Set([...ORG_CONTEXT, ...PERSON_CONTEXT].map((w) => w.slice(0, w.length >= 5 ? 4 : 3)));
const mayHaveClass = (w: string): boolean =>
  w.includes('-')
    ? SHORT_PREFIXES.has(w.slice(0, 4)) || SHORT_PREFIXES.has(w.slice(0, 3))
    : CLASS_PREFIXES.has(w.slice(0, 5)) || CLASS_PREFIXES.has(w.slice(0, 4)) || CLASS_PREFIXES.has(w.slice(0, 3));

/** `org` for words that head or introduce organisations, `per` for titles, else ''. */
function wordClass(lemma: string): string {
  if (ORG_CONTEXT.has(lemma)) return 'org';
  if (PERSON_CONTEXT.has(lemma)) return 'per';
  return '';
}

const CASES = new Set(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'loc2']);

function infoOf(text: string, lang: EntityLang): TokenInfo {
  const lower = text.toLowerCase();
  const shape = shapeOf(text);
  const script = CYR.test(text) ? 'c' : /[a-z]/i.test(text) ? 'l' : 'o';
  let lemma = lower;
  let flags: string[] = [];
  let pos = '';
  let kase = '';
  // Az.js only for capitalised words: names are there, and parsing every word would cost
  // most of the run time; lowercase words carry their form and affixes.
  if (lang === 'ru' && script === 'c' && /^\p{Lu}/u.test(text)) {
    const parses = parseWord(text);
    const best = parses[0];
    if (best) {
      lemma = best.lemma;
      pos = best.pos;
      for (const g of best.tags) if (CASES.has(g)) kase = g;
      const seen = new Set<string>();
      for (const p of parses) {
        if (p.score < 0.05 && p !== best) continue;
        for (const f of FLAGS) if (p.tags.has(f)) seen.add(f);
      }
      flags = [...seen];
      if (best.tags.has('UNKN') || parses.every((p) => p.score === 0)) flags.push('unk');
    } else flags = ['unk'];
  }
  let cls = '';
  if (lang === 'ru' && script === 'c' && lower.length >= 3 && mayHaveClass(lower)) {
    cls = wordClass(lemma !== lower ? lemma : (parseWord(lower)[0]?.lemma ?? lower));
  }
  return { id: nextId++, lower, lemma, shape, flags, pos, kase, script, cls };
}

/** {@link infoOf} remembered per word form and language (bounded). */
const infoCaches: Record<EntityLang, (text: string) => TokenInfo> = {
  ru: memoizeBounded((text: string) => infoOf(text, 'ru'), 200_000),
  en: memoizeBounded((text: string) => infoOf(text, 'en'), 200_000),
};

function cachedInfo(text: string, lang: EntityLang): TokenInfo {
  return infoCaches[lang](text);
}

/** Per-token context the word form alone does not give: gazetteer hit, quotes, sentence start. */
export interface TokenContext {
  /** Token info (word-form features). */
  info: TokenInfo[];
  /** Gazetteer label per token (`B-location`) or ''. */
  gaz: string[];
  /** Inside quotes. */
  inQuote: boolean[];
}

/** Compute the per-token context. */
export function tokenContext(tokens: readonly NerToken[], lang: EntityLang, matches?: readonly GazetteerMatch[]): TokenContext {
  // Arrays pushed into literals (not `map` or `new Array(n)`): one elements kind for every
  // call, so the tagger's optimised code keeps working for the next text.
  const info: TokenInfo[] = [];
  const gaz: string[] = [];
  const inQuote: boolean[] = [];
  for (const t of tokens) {
    info.push(cachedInfo(t.text, lang));
    gaz.push('');
    inQuote.push(false);
  }
  for (const m of matches ?? matchGazetteer(tokens, lang)) {
    for (let i = m.from; i < m.to; i++) gaz[i] = `${i === m.from ? 'B' : 'I'}-${m.entry.type}`;
  }
  // Inside quotes: « » nest; straight and curly double quotes toggle.
  let depth = 0;
  let straight = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '«' || t === '„') depth++;
    else if (t === '»') depth = Math.max(0, depth - 1);
    else if (t === '"' || t === '“' || t === '”') {
      if (t === '“' && !straight) straight = true;
      else if (t === '”') straight = false;
      else straight = !straight;
    } else inQuote[i] = depth > 0 || straight;
  }
  return { info, gaz, inQuote };
}

/** Features of the word form itself (cacheable by form). */
export function localFeatures(x: TokenInfo): string[] {
  const f: string[] = ['bias', `w=${x.lower}`, `l=${x.lemma}`, `sh=${x.shape}`, `sc=${x.script}`];
  if (x.lower.length > 3) f.push(`s3=${x.lower.slice(-3)}`, `s2=${x.lower.slice(-2)}`, `p3=${x.lower.slice(0, 3)}`);
  for (const fl of x.flags) f.push(`az=${fl}`, `az=${fl}|sh=${x.shape}`);
  if (x.pos) f.push(`pos=${x.pos}`, `pos=${x.pos}|sh=${x.shape}`);
  if (x.kase) f.push(`case=${x.kase}`);
  if (x.flags.length > 1) f.push(`azs=${[...x.flags].sort().join('+')}`);
  if (x.cls) f.push(`cls=${x.cls}`, `cls=${x.cls}|sh=${x.shape}`);
  return f;
}

/** Features of a neighbour at offset `p` (`-1`, `+1`, `-2`, `+2`), by its word form; null = outside. */
export function neighbourFeatures(x: TokenInfo | null, p: string, outside: '<s>' | '</s>'): string[] {
  if (!x) return [`${p}w=${outside}`];
  const f = [`${p}l=${x.lemma}`, `${p}sh=${x.shape}`];
  for (const fl of x.flags) f.push(`${p}az=${fl}`);
  if (x.pos) f.push(`${p}pos=${x.pos}`);
  if (x.cls) f.push(`${p}cls=${x.cls}`);
  return f;
}

/** What {@link positionFeatures} gives a token with none (shared, never changed). */
const NO_FEATURES: readonly string[] = Object.freeze([]);

/** Features that depend on the token's position: gazetteer, quotes, sentence start, pairs. */
export function positionFeatures(tokens: readonly NerToken[], ctx: TokenContext, i: number): readonly string[] {
  const g = ctx.gaz;
  const n = tokens.length;
  // Most tokens have none of these (no sentence start, quote or gazetteer name near): no list then.
  if (!tokens[i]!.sentStart && !ctx.inQuote[i] && !g[i] && !(i >= 1 && g[i - 1]) && !(i + 1 < n && g[i + 1]) && !(i >= 2 && g[i - 2]) && !(i + 2 < n && g[i + 2])) return NO_FEATURES;
  const x = ctx.info[i]!;
  const f: string[] = [];
  if (tokens[i]!.sentStart) f.push(`ss|sh=${x.shape}`);
  if (g[i]) f.push(`gz=${g[i]}`);
  if (ctx.inQuote[i]) f.push('inq', `inq|sh=${x.shape}`);
  if (i >= 1 && g[i - 1]) f.push(`-1gz=${g[i - 1]}`);
  if (i + 1 < n && g[i + 1]) f.push(`+1gz=${g[i + 1]}`);
  if (i >= 2 && g[i - 2]) f.push(`-2gz=${g[i - 2]}`);
  if (i + 2 < n && g[i + 2]) f.push(`+2gz=${g[i + 2]}`);
  return f;
}

/** Features of a token with the one before it (`null` at the start). */
export function leftPairFeatures(prev: TokenInfo | null, x: TokenInfo): string[] {
  return [`-1|sh=${prev?.shape ?? '<s>'}|${x.shape}`, `l-1|sh=${prev?.lemma ?? '<s>'}|${x.shape}`];
}

/** Features of a token with the one after it (`null` at the end). */
export function rightPairFeatures(x: TokenInfo, next: TokenInfo | null): string[] {
  const f = [`sh|+1=${x.shape}|${next?.shape ?? '</s>'}`];
  if (next) f.push(`sh|l+1=${x.shape}|${next.lemma}`);
  return f;
}

/** Static (label-independent) features of every token (for training). */
export function staticFeatures(tokens: readonly NerToken[], lang: EntityLang): string[][] {
  const ctx = tokenContext(tokens, lang);
  const n = tokens.length;
  return tokens.map((_, i) => [
    ...localFeatures(ctx.info[i]!),
    ...positionFeatures(tokens, ctx, i),
    ...leftPairFeatures(i >= 1 ? ctx.info[i - 1]! : null, ctx.info[i]!),
    ...rightPairFeatures(ctx.info[i]!, i + 1 < n ? ctx.info[i + 1]! : null),
    ...neighbourFeatures(i >= 1 ? ctx.info[i - 1]! : null, '-1', '<s>'),
    ...neighbourFeatures(i + 1 < n ? ctx.info[i + 1]! : null, '+1', '</s>'),
    ...neighbourFeatures(i >= 2 ? ctx.info[i - 2]! : null, '-2', '<s>'),
    ...neighbourFeatures(i + 2 < n ? ctx.info[i + 2]! : null, '+2', '</s>'),
  ]);
}

/** Label-dependent features (the two previous labels). */
export function dynamicFeatures(prev1: string, prev2: string, shape: string): string[] {
  return [`t-1=${prev1}`, `t-2|t-1=${prev2}|${prev1}`, `t-1|sh=${prev1}|${shape}`];
}
