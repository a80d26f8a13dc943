/**
 * Small bilingual domain lexicon for alignment anchors: acronyms, organisations, countries,
 * months and scale words. Russian entries are stems matched at the start of a lower-cased
 * word (at most {@link MAX_RU_SUFFIX} letters may follow, for case endings); English entries
 * are whole lower-cased words (a possessive `'s` or plural `s` may follow).
 *
 * Sources: official names and abbreviations on the organisations' own sites —
 * SCO (eng.sectsco.org / rus.sectsco.org), EAEU (eaeunion.org), CIS (cis.minsk.by),
 * CSTO (odkb-csto.org), UN (un.org/ru), BRICS (brics-russia2024.ru), WHO (who.int/ru),
 * IMF (imf.org/ru), EU (europa.eu); country names per ISO 3166 short names in
 * `i18n-iso-countries` (ru/en); month and scale words from standard grammars.
 *
 * @packageDocumentation
 */

/** One lexicon entry: Russian stems ↔ English words, with a stable id. */
export interface LexiconEntry {
  /** Stable identifier (used as the anchor key). */
  id: string;
  /** Russian stems (lower case); acronyms are matched case-sensitively when upper-case. */
  ru: readonly string[];
  /** English forms (lower case; acronyms upper case). */
  en: readonly string[];
}

/**
 * Letters allowed after a Russian stem (case endings). Stems of three letters or fewer
 * (and acronyms) must match the whole word.
 */
export const MAX_RU_SUFFIX = 3;

/** Acronyms and organisations. */
export const ACRONYMS: readonly LexiconEntry[] = [
  { id: 'sco', ru: ['ШОС'], en: ['SCO'] },
  { id: 'eaeu', ru: ['ЕАЭС'], en: ['EAEU', 'EEU'] },
  { id: 'prc', ru: ['КНР'], en: ['PRC'] },
  { id: 'usa', ru: ['США'], en: ['US', 'USA', 'U.S.'] },
  { id: 'un', ru: ['ООН'], en: ['UN', 'U.N.'] },
  { id: 'eu', ru: ['ЕС', 'Евросоюз'], en: ['EU'] },
  { id: 'nato', ru: ['НАТО'], en: ['NATO'] },
  { id: 'who', ru: ['ВОЗ'], en: ['WHO'] },
  { id: 'imf', ru: ['МВФ'], en: ['IMF'] },
  { id: 'cis', ru: ['СНГ'], en: ['CIS'] },
  { id: 'csto', ru: ['ОДКБ'], en: ['CSTO'] },
  { id: 'gdp', ru: ['ВВП'], en: ['GDP'] },
  { id: 'brics', ru: ['БРИКС'], en: ['BRICS'] },
  { id: 'opec', ru: ['ОПЕК'], en: ['OPEC'] },
  { id: 'uk', ru: ['Великобритан', 'Соединённое Королевство'], en: ['UK', 'U.K.', 'britain', 'british'] },
  { id: 'rb', ru: ['РБ'], en: ['RB'] },
  { id: 'rf', ru: ['РФ'], en: ['RF'] },
  { id: 'fbi', ru: ['ФБР'], en: ['FBI'] },
  { id: 'cia', ru: ['ЦРУ'], en: ['CIA'] },
  { id: 'ai', ru: ['ИИ'], en: ['AI'] },
  { id: 'nas', ru: ['НАН'], en: ['NAS', 'NASB'] },
  { id: 'ussr', ru: ['СССР'], en: ['USSR'] },
  { id: 'belta', ru: ['БЕЛТА', 'БелТА'], en: ['BELTA', 'BelTA'] },
];

/** Countries and places whose names are not transliterations of each other. */
export const PLACES: readonly LexiconEntry[] = [
  { id: 'china', ru: ['кита', 'китайск'], en: ['china', 'chinese'] },
  { id: 'russia', ru: ['росси', 'русск'], en: ['russia', 'russian', 'russians'] },
  { id: 'belarus', ru: ['беларус', 'белорус'], en: ['belarus', 'belarusian', 'belarusians'] },
  { id: 'germany', ru: ['германи', 'немец', 'немцы', 'немецк'], en: ['germany', 'german', 'germans'] },
  { id: 'france', ru: ['франци', 'французск'], en: ['france', 'french'] },
  { id: 'ukraine', ru: ['украин'], en: ['ukraine', 'ukrainian', 'ukrainians'] },
  { id: 'usa-name', ru: ['америк', 'соединённые штаты', 'соединенные штаты'], en: ['america', 'american', 'americans'] },
  { id: 'beijing', ru: ['пекин'], en: ['beijing', 'peking'] },
  { id: 'moscow', ru: ['москв', 'московск'], en: ['moscow'] },
  { id: 'japan', ru: ['япони', 'японск'], en: ['japan', 'japanese'] },
  { id: 'england', ru: ['англи'], en: ['england', 'english'] },
  { id: 'scotland', ru: ['шотланд'], en: ['scotland', 'scottish'] },
  { id: 'europe', ru: ['европ'], en: ['europe', 'european'] },
  { id: 'india', ru: ['инди'], en: ['india', 'indian'] },
  { id: 'turkey', ru: ['турци', 'турецк'], en: ['turkey', 'turkish'] },
  { id: 'spain', ru: ['испани'], en: ['spain', 'spanish'] },
  { id: 'italy', ru: ['итали'], en: ['italy', 'italian'] },
  { id: 'poland', ru: ['польш', 'польск'], en: ['poland', 'polish'] },
  { id: 'petersburg', ru: ['петербург'], en: ['petersburg'] },
  { id: 'shaanxi', ru: ['шэньси'], en: ['shaanxi'] },
  { id: 'shanxi', ru: ['шаньси'], en: ['shanxi'] },
];

/** Month names: Russian stems ↔ English, index 1–12. */
export const MONTHS: ReadonlyArray<readonly [number, readonly string[], readonly string[]]> = [
  [1, ['январ'], ['january', 'jan']],
  [2, ['феврал'], ['february', 'feb']],
  [3, ['март'], ['march', 'mar']],
  [4, ['апрел'], ['april', 'apr']],
  [5, ['май', 'мая', 'мае', 'маю'], ['may']],
  [6, ['июн'], ['june', 'jun']],
  [7, ['июл'], ['july', 'jul']],
  [8, ['август'], ['august', 'aug']],
  [9, ['сентябр'], ['september', 'sep', 'sept']],
  [10, ['октябр'], ['october', 'oct']],
  [11, ['ноябр'], ['november', 'nov']],
  [12, ['декабр'], ['december', 'dec']],
];

/** Scale words after a number: Russian stems and English words → multiplier. */
export const SCALES: ReadonlyArray<readonly [number, readonly string[], readonly string[]]> = [
  [1e3, ['тыс'], ['thousand', 'k']],
  [1e6, ['млн', 'миллион'], ['million', 'mln', 'm']],
  [1e9, ['млрд', 'миллиард'], ['billion', 'bn', 'b']],
  [1e12, ['трлн', 'триллион'], ['trillion', 'tn']],
];

/** Number words (whole Russian forms ↔ English words), for "two"↔"два". */
export const NUMBER_WORDS: ReadonlyArray<readonly [number, readonly string[], readonly string[]]> = [
  [2, ['два', 'две', 'двух', 'двум', 'двумя'], ['two']],
  [3, ['три', 'трёх', 'трех', 'трём', 'трем', 'тремя'], ['three']],
  [4, ['четыр'], ['four']],
  [5, ['пять', 'пяти', 'пятью'], ['five']],
  [6, ['шесть', 'шести'], ['six']],
  [7, ['семь', 'семи'], ['seven']],
  [8, ['восемь', 'восьми'], ['eight']],
  [9, ['девять', 'девяти'], ['nine']],
  [10, ['десять', 'десяти'], ['ten']],
  [100, ['сто', 'ста'], ['hundred']],
  [1000, ['тысяч'], ['thousand']],
];
