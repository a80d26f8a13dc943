/** Abbreviations that look like names but are common nouns or technical terms. */

/** An all-capital word of two or more letters. */
export const isAbbreviation = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * Abbreviations of common nouns that look like names (all capitals) but are not: source,
 * common Russian and English usage (ИКТ = информационно-коммуникационные технологии).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(['ИКТ', 'ВВП', 'СМИ', 'НДС', 'ИТ', 'IT', 'ICT', 'GDP', 'НИОКР', 'ЖКХ', 'АПК', 'ВПК', 'ПО', 'ИИ', 'AI', 'ДТП', 'ЧС', 'ТНВЭД', 'ВЭД', 'НТП', 'R&D', 'PhD', 'ИП', 'ЕГЭ', 'ВУЗ', 'вуз', 'ЗОЖ', 'ОРВИ', 'ВИЧ', 'СПИД', 'ТЭК', 'ГЭС', 'АЭС', 'ТЭЦ', 'IP', 'GPS', 'SMS', 'USB', 'PDF', 'URL', 'ISBN', 'LED', 'DOI', 'ISSN', 'HTTP', 'HTML', 'WWW', 'UDC', 'УДК', 'ББК', 'OK', 'TV', 'ТВ', 'PR', 'CEO', 'GMT', 'UTC', 'СМС', 'ММС', 'MMS']);

