import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../src/entities/annotate.js';
import { extendLocations, placesAfterGenericNouns } from '../../src/entities/loc-spans.js';
import { nerTokens } from '../../src/entities/tagger/tokens.js';
import type { Entity, EntityType } from '../../src/entities/types.js';

// Sentences from the FactRuEval-2016 devset (MIT), training part only; spans are the gold spans.
const FOUND: [label: string, text: string, span: string][] = [
  ['a river after `реке`', 'Экологи обнаружили большое количество дохлой рыбы в реке Славянка. Они требуют привлечь к ответственности виновных.', 'Славянка'],
  ['a city after `городе`, hyphenated', 'Компания расположена в городе Маунтин-Вью, штат Калифорния.', 'Маунтин-Вью'],
  ['a state after `штат`', 'Компания расположена в городе Маунтин-Вью, штат Калифорния.', 'Калифорния'],
  ['a port', 'Нефть пойдёт по железной дороге в тихоокеанский порт Козьмино. По договору между двумя странами поставки вырастут.', 'Козьмино'],
  ['a district of a city', 'Причиной беспорядков в лондонском районе Тоттенхэм стало убийство полицейским 29-летнего темнокожего жителя.', 'Тоттенхэм'],
  ['adjective + boulevard', 'В субботу прошли посвящённые ему акции памяти. К Кронштадтскому бульвару, где его убили, пришли сотни людей.', 'Кронштадтскому бульвару'],
  ['adjective + square', 'Впрочем, показательно, что на Манежной площади в этот день дежурило множество милиционеров.', 'Манежной площади'],
  ['adjective + adjective + district', 'Полпред президента РФ в Северо-Кавказском федеральном округе Александр Хлопонин выступил с речью.', 'Северо-Кавказском федеральном округе'],
  ['adjective + region', 'Напомним, 28 марта 2010 года Камчатский край и Чукотский автономный округ перешли на магаданское время.', 'Камчатский край'],
  ['adjective + adjective + region', 'Напомним, 28 марта 2010 года Камчатский край и Чукотский автономный округ перешли на магаданское время.', 'Чукотский автономный округ'],
];

const NOT: [label: string, text: string, span: string, type: EntityType][] = [
  ['a person after `области`', 'Об этом сообщил глава Свердловской области Александр Мишарин на встрече с журналистами.', 'Александр Мишарин', 'location'],
  ['a person after a city keeps the city alone', 'Встреча прошла в городе Грозном. Рамзан Кадыров выступил первым.', 'Грозном. Рамзан', 'location'],
];

describe('location spans', () => {
  it.each(FOUND)('%s', (_, text, span) => {
    const { entities } = annotateEntities(text, { lang: 'ru' });
    const hit = entities.find((e) => e.text === span && e.type === 'location');
    expect(hit, JSON.stringify(entities.map((e) => `${e.type}:${e.text}`))).toBeDefined();
  });
  it.each(NOT)('%s', (_, text, span, type) => {
    const { entities } = annotateEntities(text, { lang: 'ru' });
    expect(entities.find((e) => e.text === span && e.type === type), JSON.stringify(entities.map((e) => `${e.type}:${e.text}`))).toBeUndefined();
  });
});

// The passes on their own, given what a tagger found (FactRuEval sentences, training part).
const entity = (text: string, span: string, type: EntityType): Entity => {
  const start = text.indexOf(span);
  return { type, start, end: start + span.length, text: span, confidence: 0.9 };
};

describe('location passes on tagger output', () => {
  it.each([
    ['adjective + place name merge', 'Саркози говорил о Пакистане и угрозах экстремистов в Северной Африке.', ['Северной', 'Африке'], ['Северной Африке']],
    ['adjective + cemetery', 'Похороны состоятся 2 апреля на Новодевичьем кладбище.', ['Новодевичьем'], ['Новодевичьем кладбище']],
    ['a generic noun of another case is not joined', 'Делегация Северной посетила район.', ['Северной'], ['Северной']],
  ] as const)('%s', (_, text, spans, expected) => {
    const out = extendLocations(text, nerTokens(text), spans.map((s) => entity(text, s, 'location')));
    expect(out.map((e) => e.text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['a person-typed place after `городе` becomes a location', 'Его доставили в суд в городе Феникс.', [['Феникс', 'person']], ['location:Феникс']],
    ['a longer organisation around it stays', 'Депутат муниципального Собрания района Отрадное выступил.', [['Собрания района Отрадное', 'organization']], ['organization:Собрания района Отрадное']],
  ] as const)('%s', (_, text, spans, expected) => {
    const out = placesAfterGenericNouns(text, nerTokens(text), spans.map(([s, t]) => entity(text, s, t)));
    expect(out.map((e) => `${e.type}:${e.text}`)).toEqual(expected);
  });
});
