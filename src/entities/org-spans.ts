/**
 * Span rules for organisations (and the aliases of any name) that the tagger and the head-word
 * rules get wrong at the edges, following the FactRuEval conventions:
 *
 * - web sites named as sources are organisations, the whole domain (`Lenta.ru`, `«Лента.ру»`,
 *   `NEWSru.com`, `сообщает baltinfo.ru`);
 * - Latin-script names in Russian text with an organisation word (`Amnesty International`,
 *   `Digital Sky Technologies`, `Committee to Protect Journalists`);
 * - an alias in parentheses after a name takes the name's type (`Комитет защиты журналистов
 *   (КЗЖ)`, `«Фольксваген» (Volkswagen)`), and so do its other mentions in the document;
 * - a lowercase adjective of origin right before an organisation belongs to it (`японского
 *   МИДа`, `российского Минсельхоза`, `московского «Центра»`).
 */
import { parseWord } from './morph.js';
import { EN_ORG_HEADS } from './lexicon-names.js';
import { markStrong } from './overlaps.js';
import type { NerToken } from './tagger/tokens.js';
import type { Entity, EntityType } from './types.js';
import { firstAtOrAfter } from '../text/sorted.js';

/** Top-level domains of sites that news texts cite as sources. */
const TLDS = new Set(['ru', 'ру', 'рф', 'su', 'com', 'net', 'org', 'info', 'ua', 'by', 'kz', 'uk', 'de', 'fr', 'it', 'cn', 'jp', 'io', 'tv', 'eu', 'us']);

const WORDLIKE = /^[\p{L}\p{Nd}][\p{L}\p{Nd}'’-]*$/u;

/**
 * Web sites written as a domain (`Lenta.ru`, `Лента.ру`, `0.facebook.com`): organisations,
 * except a lowercase domain in quotes (`на имя «кремль.рф»`: the domain itself, not a source).
 */
export function webSiteEntities(text: string, tokens: readonly NerToken[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    // Cheap test first: a dot glued to the token.
    if (tokens[i + 1]!.text !== '.' || tokens[i + 1]!.start !== tokens[i]!.end || !WORDLIKE.test(tokens[i]!.text)) continue;
    const before = tokens[i]!.start > 0 ? text[tokens[i]!.start - 1]! : ' ';
    if (/[\p{L}\p{Nd}@/._-]/u.test(before)) continue;
    // word (. word){1,3} without spaces, ending in a top-level domain
    let j = i;
    let last = -1;
    while (j + 2 < tokens.length && j - i < 6 && tokens[j + 1]!.text === '.' && tokens[j + 1]!.start === tokens[j]!.end && tokens[j + 2]!.start === tokens[j + 1]!.end && WORDLIKE.test(tokens[j + 2]!.text)) {
      j += 2;
      if (TLDS.has(tokens[j]!.text.toLowerCase())) last = j;
    }
    if (last < 0) continue;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    const after = text.slice(end, end + 2);
    if (/^(?:[\p{L}\p{Nd}/@-]|\.[\p{L}\p{Nd}])/u.test(after)) {
      i = j;
      continue;
    }
    const quoted = before === '«' || before === '"' || before === '„' || before === '“';
    if (quoted && !/^\p{Lu}/u.test(tokens[i]!.text)) {
      i = j;
      continue;
    }
    out.push(markStrong({ type: 'organization', start, end, text: text.slice(start, end), confidence: 0.8 }));
    i = last;
  }
  return out;
}

/** Words that make a Latin-script name an organisation, beside the English head words. */
const LATIN_ORG_WORDS = new Set([
  ...EN_ORG_HEADS,
  'international', 'technologies', 'technology', 'systems', 'partners', 'times', 'post', 'journal', 'press', 'channel',
  'registry', 'motors', 'airlines', 'airways', 'capital', 'ventures', 'media', 'networks', 'software', 'labs',
  'entertainment', 'studios', 'records', 'pictures', 'energy', 'electric', 'industries', 'solutions',
  'communications', 'broadcasting', 'television', 'radio', 'magazine', 'herald', 'tribune', 'gazette', 'daily', 'weekly',
  'reuters', 'associated', 'partnership', 'trust', 'bureau', 'council', 'alliance', 'network',
]);
/** Small words inside Latin-script names. */
const LATIN_JOINERS = new Set(['of', 'the', 'and', 'for', 'to', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'und', 'der', 'von', '&']);
const LATIN_CAP = /^(?:[A-Z][A-Za-z0-9'’-]*|[0-9]+)$/;

/**
 * Runs of capitalised Latin-script words in Russian text (joined by `of`, `the`, `and`, ...)
 * that contain an organisation word: organisations.
 */
export function latinOrganisations(text: string, tokens: readonly NerToken[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.text.charCodeAt(0);
    if (c < 65 || c > 90) continue; // A-Z
    let j = i + 1;
    let end = i + 1;
    while (j < tokens.length && tokens[j]!.start - tokens[j - 1]!.end <= 1 && j - i < 10) {
      const t = tokens[j]!.text;
      if (LATIN_CAP.test(t)) end = j + 1;
      else if (!LATIN_JOINERS.has(t.toLowerCase()) || !/^[a-z&]+$/i.test(t)) break;
      j++;
    }
    let orgWord = false;
    for (let k = i; k < end; k++) if (LATIN_ORG_WORDS.has(tokens[k]!.text.toLowerCase())) orgWord = true;
    // A single organisation word (`Bank`) is not a name on its own.
    if (orgWord && end - i >= 2) {
      const start = tokens[i]!.start;
      const e = tokens[end - 1]!.end;
      out.push(markStrong({ type: 'organization', start, end: e, text: text.slice(start, e), confidence: 0.7 }));
    }
    i = end - 1;
  }
  return out;
}

const NAME_TYPES = new Set<EntityType>(['person', 'organization', 'location', 'facility']);
const CYRILLIC = /[\u0400-\u04ff]/;
const ACRONYM = /^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{1,9}$/;

/** An alias found in parentheses: its span and the type it takes. */
export interface NameAlias {
  /** Start offset of the alias. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** First token index. */
  from: number;
  /** Token index after the last one. */
  to: number;
  /** The type of the name it follows. */
  type: EntityType;
}

/**
 * Aliases in parentheses right after a name (`… журналистов (КЗЖ)`, `«Фольксваген»
 * (Volkswagen)`): an acronym, or a name in the other script (a translation). A place in
 * parentheses after a club (`«Бавария» (Мюнхен)`) is neither, so it keeps its own type.
 */
export function findAliases(tokens: readonly NerToken[], entities: readonly Entity[]): NameAlias[] {
  const byEnd = new Map<number, Entity>();
  for (const e of entities) if (NAME_TYPES.has(e.type)) byEnd.set(e.end, e);
  const out: NameAlias[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    let prev = i - 1;
    if (/^[»"“”]$/.test(tokens[prev]!.text) && prev > 0) prev--;
    const name = byEnd.get(tokens[prev]!.end);
    if (!name) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 9 && tokens[j]!.text !== ')' && (LATIN_CAP.test(tokens[j]!.text) || ACRONYM.test(tokens[j]!.text) || /^\p{Lu}[\p{L}'’-]*$/u.test(tokens[j]!.text) || LATIN_JOINERS.has(tokens[j]!.text.toLowerCase()) || tokens[j]!.text === '.')) j++;
    if (j >= tokens.length || tokens[j]!.text !== ')' || j === i + 1) continue;
    const from = i + 1;
    const to = j;
    const words = tokens.slice(from, to).map((t) => t.text);
    const acronym = to - from === 1 && ACRONYM.test(words[0]!) && words[0] !== words[0]!.toLowerCase();
    const nameCyr = CYRILLIC.test(name.text);
    const aliasCyr = words.some((w) => CYRILLIC.test(w));
    const translation = nameCyr !== aliasCyr && /^\p{Lu}/u.test(words[0]!);
    if (!acronym && !translation) continue;
    out.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, from, to, type: name.type });
    i = j;
  }
  return out;
}

/**
 * Apply aliases: each alias becomes a name of its type (names inside it are dropped), and
 * `retype` gives the document's other mentions of the same words the alias's type.
 */
export function applyAliases(text: string, entities: Entity[], aliases: readonly NameAlias[]): Entity[] {
  if (aliases.length === 0) return entities;
  const inside = (e: Entity): boolean => NAME_TYPES.has(e.type) && aliases.some((a) => e.start >= a.start && e.end <= a.end);
  const kept = entities.filter((e) => !inside(e));
  for (const a of aliases) {
    if (kept.some((e) => NAME_TYPES.has(e.type) && e.start < a.end && a.start < e.end)) continue;
    kept.push(markStrong({ type: a.type, start: a.start, end: a.end, text: text.slice(a.start, a.end), confidence: 0.75 }));
  }
  return kept;
}

/** Give every name whose token keys equal an alias's the alias's type. */
export function retypeAliasMentions(entities: Entity[], aliases: readonly NameAlias[], keyOfSpan: (start: number, end: number) => string | null): void {
  if (aliases.length === 0) return;
  const types = new Map<string, EntityType>();
  for (const a of aliases) {
    const k = keyOfSpan(a.start, a.end);
    if (k) types.set(k, a.type);
  }
  for (const e of entities) {
    if (!NAME_TYPES.has(e.type)) continue;
    const k = keyOfSpan(e.start, e.end);
    const t = k ? types.get(k) : undefined;
    if (t && t !== e.type && !(e.type === 'facility' && t === 'location')) {
      e.type = t;
      delete e.subtype;
    }
  }
}

/** Adjectives of origin: `японского`, `российско-американской`, `московского`. */
const ORIGIN_ADJECTIVE = /^[а-яё]+(?:-[а-яё]+)?(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ым|ых)$/;
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** Index of the token starting at `pos` (binary search over tokens sorted by start), or undefined. */
function tokenStartingAt(tokens: readonly NerToken[], pos: number): number | undefined {
  const lo = firstAtOrAfter(tokens, pos);
  return lo < tokens.length && tokens[lo]!.start === pos ? lo : undefined;
}

/**
 * A lowercase adjective of origin right before an organisation (and before its opening quote)
 * becomes part of it: `японского МИДа`, `московского «Центра»`. The adjective must be able to
 * agree in case with the organisation's first word when that word declines.
 */
export function extendOrganisationsLeft(text: string, tokens: readonly NerToken[], entities: Entity[]): Entity[] {
  const names = new Map<number, Entity>();
  for (const e of entities) if (NAME_TYPES.has(e.type)) names.set(e.start, e);
  const merged = new Set<Entity>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const i = tokenStartingAt(tokens, e.start);
    if (i === undefined || i === 0) continue;
    let k = i - 1;
    let quoted = false;
    if ((tokens[k]!.text === '«' || tokens[k]!.text === '„') && k > 0) {
      const close = text[e.end];
      if (close !== '»' && close !== '“') continue;
      quoted = true;
      k--;
    }
    const adj = tokens[k]!;
    if (!ORIGIN_ADJECTIVE.test(adj.text)) continue;
    if (tokens[k + 1]!.start - adj.end > 1 || /\n/.test(text.slice(adj.end, tokens[k + 1]!.start))) continue;
    const ap = parseWord(adj.text).filter((p) => p.pos === 'ADJF');
    if (ap.length === 0) continue;
    const head = parseWord(tokens[i]!.text);
    const headCases = new Set(head.flatMap((p) => CASES.filter((c) => p.tags.has(c))));
    if (!quoted && headCases.size > 0 && !ap.some((p) => CASES.some((c) => p.tags.has(c) && headCases.has(c)))) continue;
    const start = adj.start;
    const end = quoted ? e.end + 1 : e.end;
    // The tagger sometimes tags the adjective as an organisation of its own: merge the two.
    const own = names.get(adj.start);
    if (own && own !== e) {
      if (own.end !== adj.end || own.type !== 'organization') continue;
      merged.add(own);
    }
    e.start = start;
    e.end = end;
    e.text = text.slice(start, end);
  }
  // A name that opens a quote inside it ends after the closing quote (`московского «Центра»`).
  for (const e of entities) {
    if (e.type !== 'organization' || merged.has(e)) continue;
    const opens = e.text.split('«').length - e.text.split('»').length;
    if (opens === 1 && text[e.end] === '»') {
      e.end++;
      e.text = text.slice(e.start, e.end);
    }
  }
  return merged.size > 0 ? entities.filter((e) => !merged.has(e)) : entities;
}

/** Legal forms and other capitalised abbreviations that come before a name, not names. */
const LEGAL_FORMS = new Set(['ОАО', 'ЗАО', 'ООО', 'ОДО', 'ПАО', 'НАО', 'АО', 'ЧУП', 'ЧТУП', 'РУП', 'УП', 'СООО', 'ИООО', 'ИП', 'ГУ', 'ГП', 'ГУП', 'МУП', 'ФГУП', 'ОО', 'РОО', 'НКО', 'ТОО', 'ЧП', 'ТД']);
const CYRILLIC_ACRONYM = /^[А-ЯЁ]{3,6}$/;

/**
 * Cyrillic acronyms of three to six capitals that nothing else typed (`ДПНИ`, `ОБСЕ`, `МАГАТЕ`):
 * organisations, unless they are a legal form, a common-noun abbreviation (`NOT_NAMES`), a
 * model designation (`ТМА-12`) or a known place (the gazetteer and Az.js `Geox`; places are
 * typed before this runs).
 */
export function acronymOrganisations(text: string, tokens: readonly NerToken[], entities: readonly Entity[], notNames: ReadonlySet<string>): Entity[] {
  const spans = entities.filter((e) => NAME_TYPES.has(e.type)).sort((a, b) => a.start - b.start);
  let s = 0;
  const out: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    // Cheap test first: three to six letters starting with a Cyrillic capital.
    if (t.text.length < 3 || t.text.length > 6 || ((c < 0x410 || c > 0x42f) && c !== 0x401)) continue;
    if (!CYRILLIC_ACRONYM.test(t.text) || LEGAL_FORMS.has(t.text) || notNames.has(t.text)) continue;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s < spans.length && spans[s]!.start < t.end) continue;
    // In-bounds reads only (an out-of-bounds read deoptimises the function once per site).
    const before = t.start > 0 ? text[t.start - 1]! : ' ';
    const after = t.end < text.length ? text[t.end]! : ' ';
    if (before === '-' || after === '-' || /[\p{L}\p{Nd}]/u.test(after) || /[\p{L}\p{Nd}]/u.test(before)) continue;
    const parses = parseWord(t.text);
    if (parses.some((p) => p.score >= 0.05 && p.tags.has('Geox'))) continue;
    out.push({ type: 'organization', start: t.start, end: t.end, text: t.text, confidence: 0.5 });
  }
  return out;
}

const thingPrefixes = new WeakMap<ReadonlySet<string>, Set<string>>();

/**
 * A name in quotes right after a word for a vehicle, a work or a prize (`корабля «Союз»`,
 * `шаттле «Дискавери»`, `альбом «Дежавю»`, `премии «Просветитель»`), and the names listed
 * after it (`шаттлы «Индевор» и «Атлантис»`), name things, not organisations: such
 * organisations are dropped, and so are other mentions of the same names.
 */
export function dropQuotedThings(tokens: readonly NerToken[], entities: Entity[], thingWords: ReadonlySet<string>): Entity[] {
  let prefixes = thingPrefixes.get(thingWords);
  if (!prefixes) thingPrefixes.set(thingWords, (prefixes = new Set([...thingWords].map((w) => w.slice(0, w.length >= 5 ? 4 : 3)))));
  const drop = new Set<number>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const q = tokens[i]!.text;
    if (q !== '«' && q !== '"' && q !== '„') continue;
    const w = tokens[i - 1]!.text;
    if (!/^[А-ЯЁа-яё][а-яё]{3,}$/.test(w)) continue;
    // Only words that can be a form of a listed lemma are parsed: their first four letters
    // (three for lemmas under five letters: `игра`, `игры`) are a listed lemma's.
    const low = w.toLowerCase();
    if (!prefixes.has(low.slice(0, 4)) && !prefixes.has(low.slice(0, 3))) continue;
    const lemma = parseWord(low)[0]?.lemma;
    if (!lemma || !thingWords.has(lemma)) continue;
    drop.add(tokens[i + 1]!.start);
    // Names listed after it: `шаттлы «Индевор» и «Атлантис»`.
    let j = i + 1;
    for (let n = 0; n < 6; n++) {
      let close = j;
      while (close < tokens.length && close - j < 12 && !/^[»"“]$/.test(tokens[close]!.text)) close++;
      const sep = tokens[close + 1]?.text;
      const open = tokens[close + 2]?.text;
      if ((sep !== 'и' && sep !== ',') || (open !== '«' && open !== '"' && open !== '„') || close + 3 >= tokens.length) break;
      j = close + 3;
      drop.add(tokens[j]!.start);
    }
  }
  if (drop.size === 0) return entities;
  // The same name elsewhere in the document (`после «Дискавери»`) is the same thing.
  const things = new Set<string>();
  for (const e of entities) if (e.type === 'organization' && drop.has(e.start)) things.add(e.text);
  return entities.filter((e) => !(e.type === 'organization' && (drop.has(e.start) || things.has(e.text))));
}

