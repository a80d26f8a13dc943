/**
 * Closed word lists for dates, numbers and money (Russian and English): month and weekday
 * forms, number words, scale words and currencies. Sources: Russian grammar (all case forms
 * written out), ISO 4217 currency codes.
 */

/** Russian month forms (all cases, lowercase) → month number. */
export const RU_MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['январь', 'января', 'январе', 'январю', 'январём', 'январем'],
    ['февраль', 'февраля', 'феврале', 'февралю', 'февралём', 'февралем'],
    ['март', 'марта', 'марте', 'марту', 'мартом'],
    ['апрель', 'апреля', 'апреле', 'апрелю', 'апрелем'],
    ['май', 'мая', 'мае', 'маю', 'маем'],
    ['июнь', 'июня', 'июне', 'июню', 'июнем'],
    ['июль', 'июля', 'июле', 'июлю', 'июлем'],
    ['август', 'августа', 'августе', 'августу', 'августом'],
    ['сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрём', 'сентябрем'],
    ['октябрь', 'октября', 'октябре', 'октябрю', 'октябрём', 'октябрем'],
    ['ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрём', 'ноябрем'],
    ['декабрь', 'декабря', 'декабре', 'декабрю', 'декабрём', 'декабрем'],
  ].flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)),
);

/** English month names and abbreviations (lowercase) → month number. */
export const EN_MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)),
);

/** Russian number words (lemma-like forms in common cases) → value. */
export const RU_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['один', 1], ['одна', 1], ['одного', 1], ['одной', 1], ['одну', 1], ['одним', 1],
  ['два', 2], ['две', 2], ['двух', 2], ['двум', 2], ['двумя', 2],
  ['три', 3], ['трёх', 3], ['трех', 3], ['трём', 3], ['трем', 3], ['тремя', 3],
  ['четыре', 4], ['четырёх', 4], ['четырех', 4], ['четырём', 4], ['четырьмя', 4],
  ['пять', 5], ['пяти', 5], ['пятью', 5], ['шесть', 6], ['шести', 6], ['семь', 7], ['семи', 7],
  ['восемь', 8], ['восьми', 8], ['девять', 9], ['девяти', 9], ['десять', 10], ['десяти', 10],
  ['одиннадцать', 11], ['двенадцать', 12], ['пятнадцать', 15], ['двадцать', 20], ['двадцати', 20],
  ['тридцать', 30], ['тридцати', 30], ['сорок', 40], ['пятьдесят', 50], ['сто', 100],
  ['полтора', 1.5], ['полторы', 1.5], ['полутора', 1.5],
]);

/** English number words → value. */
export const EN_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['hundred', 100], ['a', 1], ['an', 1],
]);

/** Scale words (both languages, lowercase, with abbreviations) → multiplier. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['тыс', 1e3], ['тыс.', 1e3], ['тысяча', 1e3], ['тысячи', 1e3], ['тысяч', 1e3], ['тысячу', 1e3], ['тысячами', 1e3], ['тысячам', 1e3],
  ['млн', 1e6], ['млн.', 1e6], ['миллион', 1e6], ['миллиона', 1e6], ['миллионов', 1e6], ['миллионами', 1e6], ['миллионам', 1e6],
  ['млрд', 1e9], ['млрд.', 1e9], ['миллиард', 1e9], ['миллиарда', 1e9], ['миллиардов', 1e9], ['миллиардами', 1e9],
  ['трлн', 1e12], ['трлн.', 1e12], ['триллион', 1e12], ['триллиона', 1e12], ['триллионов', 1e12],
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mln', 1e6], ['m', 1e6], ['mn', 1e6], ['billion', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['trillion', 1e12], ['tn', 1e12],
]);

/**
 * Currency words by stem (lowercase prefix of the word) → ISO 4217 code. Adjectives in front
 * (`белорусских рублей`, `Hong Kong dollars`) refine the code: see {@link CURRENCY_ADJECTIVES}.
 */
export const RU_CURRENCY_STEMS: readonly (readonly [string, string])[] = [
  ['рубл', 'RUB'], ['руб', 'RUB'], ['доллар', 'USD'], ['долл', 'USD'], ['евро', 'EUR'], ['юан', 'CNY'],
  ['жэньминьби', 'CNY'], ['фунт', 'GBP'], ['иен', 'JPY'], ['йен', 'JPY'], ['тенге', 'KZT'], ['гривен', 'UAH'],
  ['гривн', 'UAH'], ['франк', 'CHF'], ['рупи', 'INR'], ['вон', 'KRW'], ['злот', 'PLN'], ['лир', 'TRY'],
];

/** English currency words → ISO code. */
export const EN_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['yen', 'JPY'], ['tenge', 'KZT'], ['hryvnia', 'UAH'], ['rupees', 'INR'], ['won', 'KRW'],
]);

/** ISO codes written as such in text (`USD`, `BYN`). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'RUB', 'RUR', 'BYN', 'BYR', 'CNY', 'RMB', 'GBP', 'JPY', 'KZT', 'UAH', 'CHF', 'INR', 'KRW', 'HKD', 'PLN', 'TRY',
]);

/** Currency symbols → ISO code. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'CNY'], ['₽', 'RUB'], ['₴', 'UAH'], ['₸', 'KZT'], ['Br', 'BYN'],
]);

/** Adjective stems before a currency word that change its code (`белорусских рублей` → BYN). */
export const CURRENCY_ADJECTIVES: readonly (readonly [RegExp, string, string])[] = [
  [/^белорус/i, 'RUB', 'BYN'], [/^belarus/i, 'RUB', 'BYN'],
  [/^гонконг/i, 'USD', 'HKD'], [/^hong/i, 'USD', 'HKD'],
  [/^канад/i, 'USD', 'CAD'], [/^canad/i, 'USD', 'CAD'],
  [/^австрал/i, 'USD', 'AUD'], [/^austral/i, 'USD', 'AUD'],
  [/^сингапур/i, 'USD', 'SGD'], [/^singapor/i, 'USD', 'SGD'],
  [/^китайск/i, 'CNY', 'CNY'], [/^chinese/i, 'CNY', 'CNY'],
  [/^египет/i, 'GBP', 'EGP'], [/^украин/i, 'UAH', 'UAH'],
];
