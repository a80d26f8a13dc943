import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

function split(text: string, lang?: string): string[] {
  return splitSentences(text, lang === undefined ? {} : { lang }).map((s) => text.slice(s.start, s.end));
}

// [input, expected sentences]. Real lines from fixtures/ (file noted), plus the traps
// named in issue 2, each in a real-looking sentence.
const RU: [string, string[]][] = [
  // 002: a date with г. at the start, names, no false break
  [
    '31 июля 2025 г. Министр связи и информатизации Республики Беларусь Кирилл Залесский провел переговоры с заместителем Министра промышленности и информатизации Китайской Народной Республики Синь Гобинем.',
    ['31 июля 2025 г. Министр связи и информатизации Республики Беларусь Кирилл Залесский провел переговоры с заместителем Министра промышленности и информатизации Китайской Народной Республики Синь Гобинем.'],
  ],
  // 002: т.г. and г. inside a sentence, then a real break
  [
    'Состоялся предметный обмен мнениями о результатах прошедшего в июне т.г. в г. Карамай 4-го Совещания руководителей министерств. Договорились с китайскими партнерами о дальнейшем расширении взаимодействия в рамках ШОС.',
    ['Состоялся предметный обмен мнениями о результатах прошедшего в июне т.г. в г. Карамай 4-го Совещания руководителей министерств.', 'Договорились с китайскими партнерами о дальнейшем расширении взаимодействия в рамках ШОС.'],
  ],
  // 002: two plain sentences
  [
    'Встреча прошла в конструктивной атмосфере. Стороны продемонстрировали обоюдную заинтересованность в развитии стратегического взаимовыгодного сотрудничества.',
    ['Встреча прошла в конструктивной атмосфере.', 'Стороны продемонстрировали обоюдную заинтересованность в развитии стратегического взаимовыгодного сотрудничества.'],
  ],
  // 002: и др. at the very end
  [
    'Меморандум предусматривает содействие сотрудничеству в области ИКТ и др.',
    ['Меморандум предусматривает содействие сотрудничеству в области ИКТ и др.'],
  ],
  // 000: footnote number glued after a closing quote, then a period
  [
    'подготовки кадров в области ИКТ»82. Планируется также взаимодействие по развитию умных городов.',
    ['подготовки кадров в области ИКТ»82.', 'Планируется также взаимодействие по развитию умных городов.'],
  ],
  [
    'станкостроительного завода до “Красного борца” в Орше»84. Также принятые решения позволят переформатировать текстильную промышленность.',
    ['станкостроительного завода до “Красного борца” в Орше»84.', 'Также принятые решения позволят переформатировать текстильную промышленность.'],
  ],
  // 000: quote closing after the number inside a quotation, $ and млрд.
  [
    '«Сегодня парк насчитывает 134 резидента из 13 стран с объемом инвестиций в $1,5 млрд. Более половины резидентов - это компании с китайским капиталом»91.',
    ['«Сегодня парк насчитывает 134 резидента из 13 стран с объемом инвестиций в $1,5 млрд.', 'Более половины резидентов - это компании с китайским капиталом»91.'],
  ],
  // footnote number glued after a period
  ['Соглашение подписано в Минске.12 Стороны договорились продолжить работу.', ['Соглашение подписано в Минске.12', 'Стороны договорились продолжить работу.']],
  // the cleaned form of a marker
  ['в области ИКТ»[^82]. Планируется также взаимодействие.', ['в области ИКТ»[^82].', 'Планируется также взаимодействие.']],
  // initials before a surname, with and without a space
  ['Доклад сделала А.В. Лыкова. Затем выступил ректор.', ['Доклад сделала А.В. Лыкова.', 'Затем выступил ректор.']],
  ['Гомельский университет им. Ф.Скорины подписал соглашение. Оно рассчитано на пять лет.', ['Гомельский университет им. Ф.Скорины подписал соглашение.', 'Оно рассчитано на пять лет.']],
  ['Об этом сообщил А. Г. Лукашенко на встрече.', ['Об этом сообщил А. Г. Лукашенко на встрече.']],
  // т.е., т.д., ул., руб.
  ['Проект рассчитан на 2024-2026 гг. Его стоимость составит 5 млн руб. в год.', ['Проект рассчитан на 2024-2026 гг.', 'Его стоимость составит 5 млн руб. в год.']],
  ['Речь идет о высоких технологиях, т.е. об ИКТ, робототехнике и т.д. Это важно.', ['Речь идет о высоких технологиях, т.е. об ИКТ, робототехнике и т.д.', 'Это важно.']],
  ['Офис расположен по адресу: г. Минск, ул. Кирова, д. 8. Вход свободный.', ['Офис расположен по адресу: г. Минск, ул. Кирова, д. 8.', 'Вход свободный.']],
  ['Сумма составила 840 млн. руб. Это больше, чем в прошлом году.', ['Сумма составила 840 млн. руб.', 'Это больше, чем в прошлом году.']],
  ['Цена выросла до 3 руб. 50 коп. за единицу.', ['Цена выросла до 3 руб. 50 коп. за единицу.']],
  // year with г. followed by a number: no break
  ['Встреча состоится в 2025 г. 15 сентября в Пекине.', ['Встреча состоится в 2025 г. 15 сентября в Пекине.']],
  // decimal numbers
  ['Рост составил 2.5 процента. Это рекорд.', ['Рост составил 2.5 процента.', 'Это рекорд.']],
  // ellipsis and <...>
  ['Задачи по сопряжению промышленной политики <...> наполнят конкретным содержанием. Работа продолжается.', ['Задачи по сопряжению промышленной политики <...> наполнят конкретным содержанием.', 'Работа продолжается.']],
  ['Переговоры шли долго… Наконец стороны договорились.', ['Переговоры шли долго…', 'Наконец стороны договорились.']],
  ['Это было… неожиданно для всех.', ['Это было… неожиданно для всех.']],
  // question and exclamation, quotes around sentence ends
  ['Что дальше? «Будем работать», — сказал министр.', ['Что дальше?', '«Будем работать», — сказал министр.']],
  ['Он сказал: «Мы готовы. Начинаем завтра». Все согласились.', ['Он сказал: «Мы готовы.', 'Начинаем завтра».', 'Все согласились.']],
  ['«Что делать?» — спросил он.', ['«Что делать?» — спросил он.']],
  ['Парк „Великий камень“ растет. „Это успех“, — отметил директор.', ['Парк „Великий камень“ растет.', '„Это успех“, — отметил директор.']],
  // 003: list-style text and a sentence ending with an abbreviation in the middle
  ['Сообщение размещено в открытом доступе на сайте Госкомвоенпрома Республики Беларусь.', ['Сообщение размещено в открытом доступе на сайте Госкомвоенпрома Республики Беларусь.']],
  // URL and domain names are not breaks
  ['Подробнее на сайте belta.by. Там же есть фото.', ['Подробнее на сайте belta.by.', 'Там же есть фото.']],
  ['Источник: https://belta.by/society/view/x-656109-2024/ Материал обновлен.', ['Источник: https://belta.by/society/view/x-656109-2024/ Материал обновлен.']],
  // dialogue dash
  ['Сотрудничество развивается. — Мы довольны результатами, — заявил посол.', ['Сотрудничество развивается.', '— Мы довольны результатами, — заявил посол.']],
  // multiple lines of an OCR paragraph
  ['Данный план содержит 89 мероприятий, для выполнения которых будут \nзадействованы 140 организаций. Это ведущие научные центры.', ['Данный план содержит 89 мероприятий, для выполнения которых будут \nзадействованы 140 организаций.', 'Это ведущие научные центры.']],
  // proper noun after г.: a city, not a break
  ['Форум прошел в г. Чэнду и собрал 300 участников.', ['Форум прошел в г. Чэнду и собрал 300 участников.']],
];

const EN: [string, string[]][] = [
  // 001: a quote with <...> inside
  [
    '"The creation of a new production facility is due to market demand. <...> New products are in demand." The plant opened in 2016.',
    ['"The creation of a new production facility is due to market demand.', '<...> New products are in demand."', 'The plant opened in 2016.'],
  ],
  // 001: $ amounts with a decimal point, a footnote marker after the quote
  [
    'Initial capital investments will be about $50 million, and in the near future this company should produce up to $300 million worth of products per year"<sup>69</sup>. The plant is in Mogilev.',
    ['Initial capital investments will be about $50 million, and in the near future this company should produce up to $300 million worth of products per year"<sup>69</sup>.', 'The plant is in Mogilev.'],
  ],
  ['The fund has an initial volume of $1.5 million. It was set up in 2016.', ['The fund has an initial volume of $1.5 million.', 'It was set up in 2016.']],
  // Ltd., Co., Inc. mid-sentence and at the end
  ['International Book Market Service Ltd., member of OmniScriptum Publishing Group, printed it.', ['International Book Market Service Ltd., member of OmniScriptum Publishing Group, printed it.']],
  ['The contract was signed with Guangxi Yuchai Machinery Group Co., Ltd. The engines will be made in Belarus.', ['The contract was signed with Guangxi Yuchai Machinery Group Co., Ltd.', 'The engines will be made in Belarus.']],
  ['Mr. Shumilin met Dr. Wang in Beijing. They discussed the programme.', ['Mr. Shumilin met Dr. Wang in Beijing.', 'They discussed the programme.']],
  ['Exports to the U.S. grew by 5%. Exports to China grew faster.', ['Exports to the U.S. grew by 5%.', 'Exports to China grew faster.']],
  ['The U.S. Department of Commerce agreed.', ['The U.S. Department of Commerce agreed.']],
  ['President Xi Jinping paid a state visit in May 2015. A. Lukashenko welcomed him.', ['President Xi Jinping paid a state visit in May 2015.', 'A. Lukashenko welcomed him.']],
  // 004: curly single quotes as quotation marks
  [
    '‘More than fifty programs have already been implemented.’ Also Alexander Gennadievich noted that new programs are in development.',
    ['‘More than fifty programs have already been implemented.’', 'Also Alexander Gennadievich noted that new programs are in development.'],
  ],
  ['Is this the end? No, it is not!', ['Is this the end?', 'No, it is not!']],
  ['See p. 43 and Fig. 2 for details.', ['See p. 43 and Fig. 2 for details.']],
  ['The deal, i.e. the memorandum, was signed on Jan. 5. Work began at once.', ['The deal, i.e. the memorandum, was signed on Jan. 5.', 'Work began at once.']],
];

describe('splitSentences: Russian', () => {
  it.each(RU)('%s', (input, expected) => {
    expect(split(input, 'ru')).toEqual(expected);
  });
});

describe('splitSentences: English', () => {
  it.each(EN)('%s', (input, expected) => {
    expect(split(input, 'en')).toEqual(expected);
  });
});

describe('splitSentences: spans', () => {
  it('returns trimmed spans into the input', () => {
    const text = '  Первое предложение.   Второе.  ';
    const spans = splitSentences(text, { lang: 'ru' });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Первое предложение.', 'Второе.']);
  });
  it('handles empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });
  it('is linear on a long run of periods', () => {
    const text = '.'.repeat(200_000) + ' Конец.';
    expect(split(text, 'ru').length).toBeGreaterThan(0);
  });
});
