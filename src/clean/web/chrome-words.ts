/**
 * Words of site interface text (navigation, login, sharing, subscription, comments,
 * rights, image credits) in Russian, Belarusian and English, as content-management
 * systems print them. A short line containing one is interface, not article text.
 * One feature among several in the block classifier, not a list of lines.
 */
export const CHROME_WORDS =
  /(?:^|[^\p{L}])(?:войти|вход|выход|регистрац\p{L}*|зарегистрир\p{L}*|авториз\p{L}*|подписк\p{L}*|подпис(?:аться|ывайтесь)|поделиться|комментар\p{L}*|читайте также|читать также|читать далее|похожие|обсуждаемое|популярное|разделы|главная|наверх|меню|поиск|реклама|права на (?:данный )?материал|правообладател\p{L}*|источник изображения|фото:|теги|метки|просмотр\p{L}*|упоминаются|рассылк\p{L}*|увайсці|падпіс\p{L}*|галоўная|back to top|return back|go back|log ?in|sign ?in|sign ?up|subscribe|newsletter|share|comments?|related (?:news|articles|posts)|read (?:more|also)|menu|search|home|advertis\p{L}*|cookies?|all rights reserved|image source|photo:|tags?:|views?:|articles\s*:|previous|next)(?![\p{L}])/iu;
