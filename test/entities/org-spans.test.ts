import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../src/entities/annotate.js';
import { dropQuotedThings } from '../../src/entities/org-spans.js';
import { RU_THING_HEADS } from '../../src/entities/lexicon-names.js';
import { nerTokens } from '../../src/entities/tagger/tokens.js';
import type { Entity, EntityType } from '../../src/entities/types.js';

// Sentences from the FactRuEval-2016 devset (MIT), training part only; the spans are the gold
// spans (FactRuEval conventions: the name span of an organisation, a lowercase adjective of
// origin included, a web site named as a source is an organisation).
type Case = [label: string, text: string, span: string, type: EntityType];

const FOUND: Case[] = [
  ['web site as a source', 'Как пишет Lenta.ru, до апреля 2010 года регистрация сайтов в зоне .рф будет стоить дороже.', 'Lenta.ru', 'organization'],
  ['web site in quotes, Cyrillic', 'Между тем, сообщает «Лента.ру», число арестованных участников беспорядков превысило 300 человек.', 'Лента.ру', 'organization'],
  ['lowercase web site', 'Паулс уже отказался от участия в работе жюри конкурса, сообщает baltinfo.ru. Пока идёт подготовительный период.', 'baltinfo.ru', 'organization'],
  ['head + animate genitive plural', 'Об этом сообщает Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists).', 'Комитет защиты журналистов', 'organization'],
  ['acronym in parentheses after an organisation', 'Об этом сообщает Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists).', 'КЗЖ', 'organization'],
  ['translation in parentheses after an organisation', 'Об этом сообщает Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists).', 'Committee to Protect Journalists', 'organization'],
  ['Latin name with an organisation word', 'Международная амнистия (Amnesty International) обвиняет США в двойном подходе.', 'Amnesty International', 'organization'],
  ['Latin name with Technologies', 'Как сообщает газета «Ведомости», Digital Sky Technologies, принадлежащая Юрию Мильнеру, продолжает скупать акции.', 'Digital Sky Technologies', 'organization'],
  ['adjective of origin before an acronym-like name', 'Синдзи Харада, ранее возглавлявший отдел России в японском МИДе.', 'японском МИДе', 'organization'],
  ['adjective of origin, genitive', 'Поэтому санкции российского Минсельхоза серьёзно ударят по экономике Молдавии.', 'российского Минсельхоза', 'organization'],
  ['adjective of origin before a quoted name', '13 ноября Василий Шумов, лидер московского «Центра», и Михаил Борзыкин снова встретятся на одной сцене.', 'московского «Центра»', 'organization'],
  ['chamber + genitive plural', 'Республиканское большинство взяло под контроль Палату представителей.', 'Палату представителей', 'organization'],
  ['theatre as a head', 'Большой театр превратится в балаган? Архнадзор против вмешательства столичных властей.', 'Большой театр', 'organization'],
  ['council + genitive plural + country', 'Председатель Совета муфтиев России шейх Равиль Гайнутдин выступил первым.', 'Совета муфтиев России', 'organization'],
  ['head + `по` + place', 'Рабочая группа, включающая ГУ МЧС России по Санкт-Петербургу, была создана после того, как экологи сообщили о гибели рыбы.', 'ГУ МЧС России по Санкт-Петербургу', 'organization'],
  ['head + `при` + capitalised words', 'На заседании Совета при Президенте РФ по развитию информационного общества глава РФ Дмитрий Медведев напомнил министрам о проекте.', 'Совета при Президенте РФ по развитию информационного общества', 'organization'],
  ['unknown acronym', 'Кроме сторонников ДПНИ, к Кронштадтскому бульвару хотели прийти представители партии «Яблоко».', 'ДПНИ', 'organization'],
  ['acronym of an international body', 'Президент ФИФА Зепп Блаттер заявил в Цюрихе в понедельник, что проблема серьёзна.', 'ФИФА', 'organization'],
  ['a country the tagger calls an organisation is a location', 'Об этом заявил министр финансов Новой Зеландии Майкл Каллен.', 'Новой Зеландии', 'location'],
  ['a medium quoted as the source of an interview', 'Напомним, что прежде в интервью «Голосу Америки» Александр Белов говорил, что с ним либералы не готовы вести диалог.', 'Голосу Америки', 'organization'],
  ['a weekly in quotes', 'Владимир Королёв, фотограф независимого еженедельника «Пермский обозреватель», был арестован 11 сентября 2006 года.', 'Пермский обозреватель', 'organization'],
  ['a parliamentary faction in quotes', 'Он является депутатом парламента от партии «Новые правые», состоит во фракции «Демократический фронт», также является членом комитета.', 'Демократический фронт', 'organization'],
  ['a sentence-initial head before quotes', 'Газета «Кориера делла Сера» (Corriere della Sera) обозначает последние недели предвыборной кампании как потерю времени.', 'Кориера делла Сера', 'organization'],
  ['shares of a company are not a thing', 'Инвесторы скупают акции «Газпрома», сообщает «Интерфакс».', 'Газпрома', 'organization'],
  ['its Latin original in parentheses', 'Газета «Кориера делла Сера» (Corriere della Sera) обозначает последние недели предвыборной кампании как потерю времени.', 'Corriere della Sera', 'organization'],
];

// Text that looks like the cases above but is not an organisation there.
const NOT: [label: string, text: string, span: string, type: EntityType][] = [
  ['a lowercase domain in quotes is the domain itself', 'Первое заявление поступило от администрации Кремля на имя «кремль.рф».', 'кремль.рф', 'organization'],
  ['a place in parentheses after a club keeps its type', 'Клуб «Бавария» (Мюнхен) считает решение Клинсмана ошибочным.', 'Мюнхен', 'organization'],
  ['a person is not a dependant of a head', 'Директор института Иван Петров выступил с докладом.', 'института Иван', 'organization'],
  ['a sentence-initial adjective before a lowercase head', 'Кипрское правительство намерено ужесточить борьбу с подобными нарушениями.', 'Кипрское правительство', 'organization'],
  ['a pronoun after a preposition ends the name', 'Лондонская полиция в своем твиттере сообщает об аресте 334 подозреваемых.', 'Лондонская полиция в своем твиттере', 'organization'],
  ['a person after `против` is not part of the name', 'лидер Движения против нелегальной иммиграции Александр Белов заявил об этом.', 'Движения против нелегальной иммиграции Александр Белов', 'organization'],
  ['a model designation is not an acronym name', 'Это корабли с новой модификацией — ТМА-12, они летают с 2002 года.', 'ТМА', 'organization'],
  ['a common-noun abbreviation', 'Пользователи получат СМС, письма из электронной почты и реплики в чатах.', 'СМС', 'organization'],
  ['a quotation after a reporting verb and a colon is speech', 'Представитель ведомства сообщил: «Мы не разрешаем пытки».', 'Мы не разрешаем пытки', 'organization'],
  ['a spacecraft in quotes after a generic noun', 'Экипаж вернулся на Землю 19 апреля в корабле «Союз ТМА-11».', 'Союз ТМА-11', 'organization'],
  ['a URL path is not a site name', 'Подробности на странице example.com/news сегодня.', 'example.com', 'organization'],
];

describe('organisation spans', () => {
  it.each(FOUND)('%s', (_, text, span, type) => {
    const { entities } = annotateEntities(text, { lang: 'ru' });
    const hit = entities.find((e) => e.text === span && e.type === type);
    expect(hit, JSON.stringify(entities.map((e) => `${e.type}:${e.text}`))).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(span);
  });
  it.each(NOT)('%s', (_, text, span, type) => {
    const { entities } = annotateEntities(text, { lang: 'ru' });
    expect(entities.find((e) => e.text === span && e.type === type), JSON.stringify(entities.map((e) => `${e.type}:${e.text}`))).toBeUndefined();
  });
});

// The tagger tags names in quotes as organisations; after a word for a vehicle, a work or a
// prize they name things (FactRuEval has them as no entity). Given the tagger's candidates,
// which survive? Sentences from FactRuEval (training part).
const THINGS: [label: string, text: string, candidates: string[], kept: string[]][] = [
  ['a shuttle, named again without the noun', 'Шаттл «Дискавери» завершил свой 39-й и последний полёт. После «Дискавери» в космос отправятся также шаттлы «Индевор» и «Атлантис».', ['Дискавери', 'Индевор', 'Атлантис'], []],
  ['a spacecraft', 'Это был второй подряд спуск корабля «Союз» по баллистической траектории.', ['Союз'], []],
  ['an album', 'Группа записала альбом «Дежавю» — первый за последние четыре года.', ['Дежавю'], []],
  ['a contest', 'Музыкальный конкурс «Новая волна» в этом году может пройти без Раймонда Паулса.', ['Новая волна'], []],
  ['a company after a thing', 'На платформе «Таврия» собирал автомобили завод «ЗАЗ».', ['Таврия', 'ЗАЗ'], ['ЗАЗ']],
  ['shares of a company', 'Инвесторы скупают акции «Газпрома», сообщает «Интерфакс».', ['Газпрома', 'Интерфакс'], ['Газпрома', 'Интерфакс']],
];

describe('names of things in quotes', () => {
  it.each(THINGS)('%s', (_, text, candidates, kept) => {
    const entities: Entity[] = candidates.map((name) => {
      const start = text.indexOf(name);
      return { type: 'organization', start, end: start + name.length, text: name, confidence: 0.9 };
    });
    const out = dropQuotedThings(nerTokens(text), entities, RU_THING_HEADS);
    expect(out.map((e) => e.text)).toEqual(kept);
  });
});
