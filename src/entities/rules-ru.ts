/**
 * Russian rules next to the tagger: people with initials, Chinese names in Palladius
 * transcription, names in quotes after a legal form or a generic head (`ОАО «…»`,
 * `предприятия «Белтелеком» и «Промсвязь»`, `индустриальный парк «Великий камень»`),
 * organisations built from a head word and its dependants (`Министерство связи и
 * информатизации`), documents (`меморандум о взаимопонимании`) and events (`официального
 * визита`).
 */
import { parseWord, parseWordPredict, type MorphParse } from './morph.js';
import { CHINESE_SURNAMES, RU_DOCUMENT_HEADS, RU_EVENT_HEADS, RU_ORG_HEADS } from './lexicon-names.js';
import type { NerToken } from './tagger/tokens.js';
import type { Entity, EntityType } from './types.js';
import { markStrong } from './overlaps.js';
import { wordStartMatcher } from './boundary.js';
import { startsWithLetter } from './token-index.js';
import { memoizeBounded } from '../text/memo.js';

/**
 * Leading letters every form of a head word shares with its lemma: five for lemmas of six
 * letters or more, four for five-letter lemmas (`музей`, `музея`), three for shorter ones; no
 * head changes within them except `церковь` (`церкви`), listed with both. Only words starting
 * so are parsed in the head loop (five letters keep `большой` and `политика` from being parsed
 * for `больница` and `полиция`).
 */
const headPrefix = (w: string): string => w.slice(0, w.length >= 6 ? 5 : w.length >= 5 ? 4 : 3);
const HEAD_PREFIXES = new Set([...[...RU_ORG_HEADS, ...RU_DOCUMENT_HEADS, ...RU_EVENT_HEADS, 'год'].map(headPrefix), 'церкв']);

/** Determiner-like adjectives that are not part of a name (`данный план`). */
const DETERMINERS = new Set(['данный', 'этот', 'такой', 'который', 'свой', 'наш', 'ваш', 'весь', 'каждый', 'любой', 'другой', 'указанный', 'настоящий', 'тот', 'сам', 'самый', 'иной', 'ряд', 'первый', 'второй', 'третий', 'последний', 'следующий', 'очередной', 'новый']);
const RU_CN_SURNAMES = new Set(CHINESE_SURNAMES.map(([, ru]) => ru));
const CAP = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?$/;
const LOWER = /^[а-яё]+(?:-[а-яё]+)*$/;
const ACRONYM_RU = /^[А-ЯЁ]{2,6}$/;

/**
 * Initials before a surname; a match must not follow a letter or a period (`(?<![\p{L}.])`,
 * checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const INITIALS_BEFORE = /((?:[А-ЯЁ]\.\s?){1,2})([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\p{L}])/gu;
/**
 * A surname before initials; a match must not follow a letter (`(?<![\p{L}])`, checked by
 * {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const INITIALS_AFTER = /([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s((?:[А-ЯЁ]\.\s?){1,2})(?!\s?[А-ЯЁ][а-яё])/gu;
const QUOTED = '[«"„“]([^«»"„“”\\n]{1,80}?)[»"“”]';
/** Legal forms (as written) and generic heads (lowercase stems) before a name in quotes. */
const LEGAL_FORMS = ['ОАО', 'ЗАО', 'ООО', 'ОДО', 'ПАО', 'НАО', 'АО', 'ЧУП', 'ЧТУП', 'РУП', 'УП', 'СООО', 'ИООО', 'ИП', 'ГУ', 'ГП', 'ГУП', 'МУП', 'ФГУП', 'НИИ', 'ОО', 'РОО', 'НКО', 'ТОО', 'РИА', 'ИА', 'РКК'];
const GENERIC_HEADS = [
  'концерн\\p{L}*', 'компани\\p{L}+', 'корпораци\\p{L}+', 'холдинг\\p{L}*', 'предприяти\\p{L}+', 'объединени\\p{L}+',
  'издательств\\p{L}+', 'банк\\p{L}*', 'фирм\\p{L}+', 'агентств\\p{L}+', 'завод\\p{L}*', 'комбинат\\p{L}*', 'газет\\p{L}+',
  'журнал\\p{L}*', 'телеканал\\p{L}*', 'телекомпани\\p{L}+', 'радиостанци\\p{L}+', 'еженедельник\\p{L}*', 'издани\\p{L}+',
  'партии', 'партия', 'партию', 'фракци\\p{L}+', 'движени\\p{L}+', 'клуб\\p{L}*', 'групп\\p{L}+', 'институт\\p{L}*', 'магазин\\p{L}*',
  '(?:индустриальн|технологическ|научно-технологическ)\\p{L}+\\s+парк\\p{L}*', 'парк\\p{L}*', 'центр\\p{L}*',
  'аэропорт\\p{L}*', 'порт\\p{L}*', 'стадион\\p{L}*',
];
/** A head may start a sentence: `Газета «Ведомости»`. */
const capitalStart = (stem: string): string => (/^\p{Ll}/u.test(stem) ? `[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}` : stem);
/**
 * A legal form or generic head and a name in quotes; a match must not follow a letter
 * (`(?<![\p{L}])`, checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
export const LEGAL = new RegExp(`(${[...LEGAL_FORMS, ...GENERIC_HEADS.map(capitalStart)].join('|')})\\s+${QUOTED}`, 'gu');
/**
 * A name in quotes as the source of a report (`сообщает «Интерфакс»`, `в интервью «Голосу
 * Америки»`, `корреспондентом «Голоса Америки»`): a medium, an organisation. A match must not
 * follow a letter (`(?<![\p{L}])`, checked by {@link wordStartMatcher}).
 * @internal exported for the test that compares it with the look-behind form.
 */
// bounded-input: run only by wordStartMatcher, at positions not after a letter, so `корреспондент\p{L}*` meets each run of letters once (linear); the former look-behind did the same.
export const REPORTED = new RegExp(
  `(?:сообщает|сообщают|сообщил[аио]?|передаёт|передает|передал[аио]?|пишет|писал[аио]?|цитирует|цитировал[аио]?|информирует|интервью|корреспондент\\p{L}*|по\\s+данным|по\\s+сообщению|со\\s+ссылкой\\s+на)\\s+[«"„“]([\\p{Lu}\\d][^«»"„“”\\n.!?:]{0,40}?)[»"“”]`,
  'gu',
);
const initialsBefore = wordStartMatcher(INITIALS_BEFORE, 'letter-dot');
const initialsAfter = wordStartMatcher(INITIALS_AFTER, 'letter');
const legalNames = wordStartMatcher(LEGAL, 'letter');
const reportedNames = wordStartMatcher(REPORTED, 'letter');
const MORE_QUOTED = new RegExp(`^(\\s*,\\s*|\\s+и\\s+)${QUOTED}`, 'u');

/**
 * A word of three letters or more whose first three, four or five letters (lowercase) are a
 * head's; remembered per word form (most tokens recur).
 */
const mayBeHead = memoizeBounded((t: string): boolean => {
  if (!startsWithLetter(t) || t.length < 3) return false;
  const low = t.slice(0, 5).toLowerCase();
  return HEAD_PREFIXES.has(low.slice(0, 3)) || HEAD_PREFIXES.has(low.slice(0, 4)) || HEAD_PREFIXES.has(low);
}, 200_000);

function best(word: string): MorphParse | undefined {
  return parseWord(word)[0];
}

function has(word: string, tag: string, minScore = 0.05): boolean {
  return parseWord(word).some((p) => p.score >= minScore && p.tags.has(tag));
}

function entity(text: string, start: number, end: number, type: EntityType, confidence: number, subtype?: string): Entity {
  const e: Entity = { type, start, end, text: text.slice(start, end), confidence };
  if (subtype) e.subtype = subtype;
  return e;
}

function quotedType(head: string): { type: EntityType; subtype?: string } {
  const h = head.toLowerCase();
  if (/парк|аэропорт|порт|стадион/.test(h)) return { type: 'facility', subtype: /парк/.test(h) ? 'industrial_park' : 'site' };
  if (/^центр/.test(h)) return { type: 'organization' };
  return { type: 'organization' };
}

/** Walk genitive/prepositional dependants after a head token; returns the index after the last kept token. */
function dependants(tokens: readonly NerToken[], head: number, max: number, allowCapitalGeo: boolean): number {
  let end = head + 1;
  let i = head + 1;
  let steps = 0;
  let afterPrep = false;
  // After `по`, `при`, `против` a name goes on through capitalised words and acronyms (`МЧС по
  // Санкт-Петербургу`, `Совет при Президенте РФ по развитию…`, `комитет ООН против пыток`);
  // a place right after the head without a preposition is a name of its own (`Министерства
  // сельского хозяйства | Германии`).
  let capitalsOk = false;
  while (i < tokens.length && steps < max) {
    const t = tokens[i]!.text;
    if (tokens[i]!.start - tokens[i - 1]!.end > 6 || /\n/.test(tokens[i]!.text)) break;
    if (LOWER.test(t)) {
      const p = best(t);
      if (!p) break;
      if (p.pos === 'CONJ' && t === 'и') {
        i++;
        steps++;
        continue;
      }
      if (p.pos === 'PREP' && (t === 'по' || t === 'при' || t === 'о' || t === 'об' || t === 'в' || t === 'между' || t === 'против')) {
        afterPrep = true;
        capitalsOk = t === 'по' || t === 'при' || t === 'против';
        i++;
        steps++;
        continue;
      }
      const nominal = p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF';
      if (!nominal) break;
      // `полиция в своем твиттере`: a pronoun or a determiner ends the name.
      if (p.tags.has('Apro') || DETERMINERS.has(p.lemma)) break;
      const gen = parseWord(t).some((q) => q.tags.has('gent') && (q.pos === 'NOUN' || q.pos === 'ADJF' || q.pos === 'PRTF'));
      if (!gen && !afterPrep) break;
      // A person is not part of a name (`университета студенты`), except people in the
      // genitive plural (`Палаты представителей`, `Комитет защиты журналистов`, `Совет муфтиев`).
      const parses = parseWord(t);
      if (parses.some((q) => q.pos === 'NOUN' && q.tags.has('anim') && q.score >= 0.05) && !parses.some((q) => q.pos === 'NOUN' && q.tags.has('anim') && q.tags.has('gent') && q.tags.has('plur'))) break;
      if (p.pos === 'NOUN') end = i + 1;
      i++;
      steps++;
      continue;
    }
    if (allowCapitalGeo && CAP.test(t) && has(t, 'Geox')) {
      end = i + 1;
      i++;
      steps++;
      continue;
    }
    if (capitalsOk && (ACRONYM_RU.test(t) || (CAP.test(t) && !has(t, 'Name', 0.1) && !has(t, 'Surn', 0.1) && !has(t, 'Patr', 0.1)))) {
      end = i + 1;
      i++;
      steps++;
      continue;
    }
    break;
  }
  return end;
}

/** Rule-based Russian entities (see the module comment). */
export function ruleEntitiesRu(text: string, tokens: readonly NerToken[]): Entity[] {
  const out: Entity[] = [];
  // People with initials.
  for (const m of initialsBefore(text)) {
    const surname = m[2]!;
    if (has(surname, 'Geox', 0.2) || has(surname, 'Orgn', 0.2)) continue;
    out.push(markStrong(entity(text, m.index, m.index + m[0].length, 'person', 0.85)));
  }
  for (const m of initialsAfter(text)) {
    const surname = m[1]!;
    if (!parseWordPredict(surname).some((p) => p.score >= 0.05 && p.tags.has('Surn'))) continue;
    const s = m[0].trimEnd();
    out.push(markStrong(entity(text, m.index, m.index + s.length, 'person', 0.85)));
  }
  // Chinese names: a surname from the list followed by a capitalised given name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const sur = tokens[i]!;
    const given = tokens[i + 1]!;
    if (!RU_CN_SURNAMES.has(sur.text) || !CAP.test(given.text) || given.start - sur.end !== 1) continue;
    if (has(given.text, 'Geox', 0.1) || has(given.text, 'Orgn', 0.1)) continue;
    const g = given.text.toLowerCase();
    if (/(ов|ев|ин|ский|ская|ович|евич|овна|евна)$/.test(g)) continue;
    const p = best(given.text);
    const known = p && p.score > 0.3 && !p.tags.has('Name') && !p.tags.has('Surn') && p.pos !== 'UNKN';
    if (known && !/(цз|чж|сю|цю|цян|ань|энь|эн|ин|ун|ао|оу|эй)/.test(g)) continue;
    out.push(entity(text, sur.start, given.end, 'person', 0.8));
    i++;
  }
  // Names in quotes after a legal form or a generic head.
  for (const m of legalNames(text)) {
    const head = m[1]!;
    const { type, subtype } = quotedType(head);
    const name = m[2]!.trim();
    if (!/^[\p{Lu}\d]/u.test(name)) continue;
    const qStart = m.index + m[0].length - m[2]!.length - 1 + (m[2]!.length - m[2]!.trimStart().length);
    out.push(markStrong(entity(text, qStart, qStart + name.length, type, 0.85, subtype)));
    let pos = m.index + m[0].length;
    for (let k = 0; k < 6; k++) {
      const more = MORE_QUOTED.exec(text.slice(pos, pos + 120));
      if (!more) break;
      const nm = more[2]!.trim();
      const s = pos + more[1]!.length + 1 + (more[2]!.length - more[2]!.trimStart().length);
      if (/^[\p{Lu}\d]/u.test(nm)) out.push(markStrong(entity(text, s, s + nm.length, type, 0.8, subtype)));
      pos += more[0].length;
    }
  }
  for (const m of reportedNames(text)) {
    const name = m[1]!.trim();
    if (name.split(/\s+/).length > 4) continue;
    const start = m.index + m[0].length - 1 - m[1]!.length;
    out.push(markStrong(entity(text, start, start + name.length, 'organization', 0.8)));
  }
  // Organisations from a capitalised head and its dependants; documents; events.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (!mayBeHead(t)) continue;
    const p = best(t);
    if (!p) continue;
    if (RU_ORG_HEADS.has(p.lemma) && p.pos === 'NOUN') {
      // Preceding adjectives, kept when the chain starts with a capital (`Белорусский
      // государственный университет`).
      let k = i;
      while (k > 0 && i - k < 3 && /^[\p{L}-]+$/u.test(tokens[k - 1]!.text) && ['ADJF', 'PRTF'].includes(best(tokens[k - 1]!.text)?.pos ?? '')) k--;
      let from = i;
      while (k < i && !CAP.test(tokens[k]!.text)) k++;
      if (k < i) from = k;
      // A capital adjective at the start of a sentence says nothing: `Кипрское правительство`,
      // `Правозащитные организации` are not names when the head is lowercase.
      if (from < i && !CAP.test(t) && tokens[from]!.sentStart) {
        let named = false;
        for (let j = from + 1; j < i; j++) if (CAP.test(tokens[j]!.text)) named = true;
        if (!named) from = i;
      }
      if (CAP.test(t) || from < i) {
        const end = dependants(tokens, i, 8, false);
        if (end - from >= 2) out.push(entity(text, tokens[from]!.start, tokens[end - 1]!.end, 'organization', 0.6));
        continue;
      }
      // A lowercase head with no capital before it may still head an event (`конгресса`).
    }
    if (LOWER.test(t) || CAP.test(t)) {
      const lemma = p.lemma;
      const isDoc = RU_DOCUMENT_HEADS.has(lemma) && p.pos === 'NOUN';
      const isEvent = (RU_EVENT_HEADS.has(lemma) && p.pos === 'NOUN') || (CAP.test(t) && lemma === 'год' && tokens[i + 1] && best(tokens[i + 1]!.text)?.pos === 'NOUN');
      if (!isDoc && !isEvent) continue;
      let from = i;
      while (from > 0 && /^[а-яё-]+$/i.test(tokens[from - 1]!.text) && i - from < 3) {
        const q = best(tokens[from - 1]!.text);
        if (!q || !['ADJF', 'PRTF'].includes(q.pos) || q.tags.has('Apro') || DETERMINERS.has(q.lemma)) break;
        from--;
      }
      const end = dependants(tokens, i, isDoc ? 6 : 5, CAP.test(t) && lemma === 'год');
      if (isDoc && end === i + 1 && from === i) continue; // a bare `план` is not a named document
      if (isEvent && end === i + 1 && from === i) continue;
      out.push(entity(text, tokens[from]!.start, tokens[end - 1]!.end, isDoc ? 'document' : 'event', 0.55));
    }
  }
  return out;
}
