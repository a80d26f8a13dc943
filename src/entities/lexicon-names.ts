/**
 * Name lexicons: Chinese surnames (pinyin and Palladius Russian transcription, the 100 most
 * common surnames of the PRC census), organisation, document and event head words, titles.
 */

/** The most common Chinese surnames: [pinyin, Palladius]. */
export const CHINESE_SURNAMES: readonly (readonly [string, string])[] = [
  ['Wang', 'Ван'], ['Li', 'Ли'], ['Zhang', 'Чжан'], ['Liu', 'Лю'], ['Chen', 'Чэнь'], ['Yang', 'Ян'], ['Huang', 'Хуан'],
  ['Zhao', 'Чжао'], ['Wu', 'У'], ['Zhou', 'Чжоу'], ['Xu', 'Сюй'], ['Sun', 'Сунь'], ['Ma', 'Ма'], ['Zhu', 'Чжу'],
  ['Hu', 'Ху'], ['Guo', 'Го'], ['He', 'Хэ'], ['Gao', 'Гао'], ['Lin', 'Линь'], ['Luo', 'Ло'], ['Zheng', 'Чжэн'],
  ['Liang', 'Лян'], ['Xie', 'Се'], ['Song', 'Сун'], ['Tang', 'Тан'], ['Han', 'Хань'], ['Feng', 'Фэн'], ['Deng', 'Дэн'],
  ['Cao', 'Цао'], ['Peng', 'Пэн'], ['Zeng', 'Цзэн'], ['Xiao', 'Сяо'], ['Tian', 'Тянь'], ['Dong', 'Дун'], ['Yuan', 'Юань'],
  ['Pan', 'Пань'], ['Yu', 'Юй'], ['Jiang', 'Цзян'], ['Cai', 'Цай'], ['Du', 'Ду'], ['Ye', 'Е'], ['Cheng', 'Чэн'],
  ['Wei', 'Вэй'], ['Su', 'Су'], ['Lü', 'Люй'], ['Ding', 'Дин'], ['Ren', 'Жэнь'], ['Shen', 'Шэнь'], ['Yao', 'Яо'],
  ['Lu', 'Лу'], ['Fu', 'Фу'], ['Zhong', 'Чжун'], ['Jia', 'Цзя'], ['Xue', 'Сюэ'], ['Yan', 'Янь'], ['Dai', 'Дай'],
  ['Xia', 'Ся'], ['Fan', 'Фань'], ['Fang', 'Фан'], ['Shi', 'Ши'], ['Tan', 'Тань'], ['Liao', 'Ляо'], ['Zou', 'Цзоу'],
  ['Xiong', 'Сюн'], ['Jin', 'Цзинь'], ['Hao', 'Хао'], ['Kong', 'Кун'], ['Bai', 'Бай'], ['Cui', 'Цуй'], ['Kang', 'Кан'],
  ['Mao', 'Мао'], ['Qiu', 'Цю'], ['Qin', 'Цинь'], ['Gu', 'Гу'], ['Hou', 'Хоу'], ['Shao', 'Шао'], ['Meng', 'Мэн'],
  ['Long', 'Лун'], ['Wan', 'Вань'], ['Duan', 'Дуань'], ['Qian', 'Цянь'], ['Yin', 'Инь'], ['Xi', 'Си'], ['Wen', 'Вэнь'],
  ['Lei', 'Лэй'], ['Bo', 'Бо'], ['Zhai', 'Чжай'], ['Xing', 'Син'], ['Chang', 'Чан'], ['Niu', 'Ню'], ['Lai', 'Лай'],
];

/** Pinyin syllable (lowercase, no tones); a given name is one to three of these. */
export const PINYIN_SYLLABLE =
  '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|in|un|ün|ia|ie|iu|ua|uo|ui|ue|üe|a|e|i|o|u|ü))';

/** Russian organisation head lemmas (factru/NEREL usage). */
export const RU_ORG_HEADS: ReadonlySet<string> = new Set([
  'министерство', 'комитет', 'университет', 'академия', 'институт', 'совет', 'банк', 'агентство', 'корпорация',
  'концерн', 'объединение', 'ассоциация', 'союз', 'палата', 'фонд', 'служба', 'управление', 'департамент', 'центр',
  'администрация', 'правительство', 'посольство', 'консульство', 'партия', 'суд', 'прокуратура', 'парламент',
  'собрание', 'дума', 'госдума', 'федерация', 'организация', 'компания', 'холдинг', 'училище', 'колледж', 'лицей',
  'школа', 'инспекция', 'комиссия', 'общество', 'движение', 'ведомство', 'министерства', 'мид', 'минобороны',
  'театр', 'церковь', 'биржа', 'бюро', 'музей', 'фронт', 'альянс', 'клуб', 'полиция', 'госпиталь', 'больница',
  'обком', 'горком', 'сенат', 'конгресс', 'трибунал', 'отдел', 'отделение', 'редакция', 'филармония', 'консерватория',
]);

/**
 * Words before the name of a thing, not an organisation: vehicles, works, prizes (`корабля
 * «Союз»`, `альбом «Дежавю»`). Not `акция`: `акции «Газпрома»` are the company's shares.
 */
export const RU_THING_HEADS: ReadonlySet<string> = new Set([
  'корабль', 'шаттл', 'модуль', 'спутник', 'самолёт', 'самолет', 'ракета', 'судно', 'подлодка', 'автомобиль', 'грузовик',
  'модель', 'платформа', 'альбом', 'песня', 'фильм', 'сериал', 'книга', 'роман', 'спектакль', 'опера', 'балет', 'премия',
  'звание', 'конкурс', 'операция', 'девиз', 'лозунг', 'марш', 'полёт', 'полет', 'старт', 'телешоу', 'игра',
]);
/** Russian document head lemmas. */
export const RU_DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'соглашение', 'меморандум', 'договор', 'план', 'программа', 'декларация', 'концепция', 'стратегия', 'указ', 'закон',
  'постановление', 'протокол', 'контракт', 'конвенция', 'хартия', 'коммюнике', 'заявление', 'дорожный',
]);

/** Russian event head lemmas. */
export const RU_EVENT_HEADS: ReadonlySet<string> = new Set([
  'форум', 'визит', 'встреча', 'заседание', 'саммит', 'выставка', 'конференция', 'переговоры', 'съезд', 'конгресс',
  'ярмарка', 'фестиваль', 'олимпиада', 'чемпионат', 'симпозиум', 'сессия', 'выборы', 'церемония', 'экспо',
]);

/** English organisation heads (last or first word of a capitalised name). */
export const EN_ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'committee', 'university', 'academy', 'institute', 'council', 'bank', 'agency', 'corporation', 'company',
  'group', 'association', 'union', 'chamber', 'fund', 'foundation', 'service', 'department', 'administration',
  'government', 'embassy', 'consulate', 'party', 'court', 'parliament', 'assembly', 'federation', 'organization',
  'organisation', 'commission', 'society', 'holding', 'holdings', 'jsc', 'ojsc', 'cjsc', 'llc', 'ltd', 'ltd.', 'co.', 'inc',
  'inc.', 'corp', 'corp.', 'plc', 'gmbh', 'college', 'school', 'office', 'centre', 'center', 'publishing', 'news',
  'telecom', 'agency', 'secretariat', 'board', 'directorate', 'inspectorate', 'parliament', 'congress', 'senate',
]);

/** English facility heads. */
export const EN_FACILITY_HEADS: ReadonlySet<string> = new Set(['park', 'plant', 'factory', 'works', 'airport', 'port', 'station', 'stadium', 'bridge', 'palace', 'hall', 'square']);

/** English document heads. */
export const EN_DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'agreement', 'memorandum', 'treaty', 'plan', 'programme', 'program', 'strategy', 'declaration', 'concept', 'decree',
  'law', 'resolution', 'protocol', 'contract', 'convention', 'charter', 'communique', 'roadmap', 'statement',
]);

/** English event heads. */
export const EN_EVENT_HEADS: ReadonlySet<string> = new Set([
  'forum', 'visit', 'meeting', 'session', 'summit', 'exhibition', 'conference', 'talks', 'congress', 'fair', 'festival',
  'olympics', 'games', 'championship', 'symposium', 'expo', 'ceremony', 'year', 'years', 'elections', 'week',
]);

/** English titles before a person's name. */
export const EN_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'president', 'premier', 'minister', 'ambassador', 'chairman', 'chairwoman',
  'secretary', 'general', 'director', 'governor', 'mayor', 'king', 'queen', 'prince', 'chancellor', 'academician',
  'deputy', 'vice', 'head', 'leader', 'chief', 'comrade', 'sir', 'lord', 'senator', 'rector', 'editor', 'author',
]);
