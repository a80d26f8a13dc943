/**
 * Abbreviations that end with a period but do not end a sentence.
 *
 * Sources: the abbreviation lists of GOST 7.0.12-2011 (bibliographic abbreviations of
 * Russian words) and common news usage; English from the Penn Treebank tokenizer and
 * style-guide lists. Lowercase, without the final period; multi-part forms keep
 * their inner periods (`т.е`).
 */

/** Never end a sentence: a name, number or noun always follows. */
export const RU_NON_FINAL = new Set([
  'им', 'ул', 'пр', 'пр-т', 'просп', 'пер', 'пл', 'д', 'кв', 'корп', 'стр', 'с', 'ст', 'п', 'пп', 'гл', 'рис', 'табл',
  'проф', 'акад', 'доц', 'канд', 'докт', 'чл.-корр', 'зам', 'ген', 'тов', 'гр', 'напр', 'см', 'ср', 'т', 'тт',
  'обл', 'р-н', 'пос', 'дер', 'оз', 'о', 'г-н', 'г-жа', 'англ', 'рус', 'нем', 'франц', 'кит', 'лат',
  'т.е', 'т.к', 'т.н', 'т.ч', 'в т.ч', 'и.о', 'вып', 'изд', 'ред', 'сост', 'пер', 'под ред', 'No', '№',
  'ок', 'ориг', 'х', 'мин', 'макс', 'тел', 'факс', 'эл', 'нач', 'преп', 'зав', 'нар', 'худ', 'гос',
]);

/**
 * May end a sentence (`в 2024 г.`, `и т.д.`): a sentence break is made after them only
 * when the next word starts a sentence (an uppercase letter that is not an initial).
 */
export const RU_MAY_END = new Set([
  'г', 'гг', 'в', 'вв', 'т.д', 'т.п', 'т.г', 'др', 'пр', 'млн', 'млрд', 'трлн', 'тыс', 'руб', 'коп', 'долл', 'чел',
  'ед', 'шт', 'кг', 'км', 'га', 'л', 'м', 'сек', 'н.э', 'до н.э', 'и т.д', 'и т.п', 'и др', 'сут', 'мес', 'экз',
]);

/** English: never end a sentence. */
export const EN_NON_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'mt',
  'no', 'nos', 'vol', 'vols', 'pp', 'p', 'fig', 'figs', 'ed', 'eds', 'ch', 'art', 'para', 'cf', 'e.g', 'i.e', 'vs',
  'approx', 'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'hon', 'rev', 'messrs', 'mme', 'mlle', 'ave', 'blvd', 'rd', 'no', 'op', 'ibid', 'al',
]);

/** English: may end a sentence (`… from Huawei Co. The …`). */
export const EN_MAY_END = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'co', 'ltd', 'inc', 'corp', 'llc', 'plc', 'jsc', 'etc', 'a.m', 'p.m', 'bn', 'mln', 'mn',
  'km', 'kg', 'oz', 'lb', 'lbs', 'ft', 'sq', 'yr', 'yrs',
]);
