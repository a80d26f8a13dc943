/**
 * Words and patterns of publisher front and back matter (imprint, copyright,
 * ISBN, adverts, addresses). The vocabulary is that of imprint pages as ISO 2108
 * (ISBN) and common publishing practice describe them; each pattern counts once
 * per paragraph.
 */
export const PUBLISHER_SIGNALS: readonly RegExp[] = [
  /\bISBN\b|\b97[89][-‐ ]\d{1,5}[-‐ ]\d{1,7}[-‐ ]\d{1,7}[-‐ ]\d\b/i,
  /©|\bcopyright\b|\ball rights reserved\b|\bвсе права защищены\b/i,
  /\bimprint\b|\bвыходные данные\b/i,
  /\bpublish(?:er|ers|ing|ed)\b|\bиздательств/i,
  /\btrademarks?\b|\bbrand names?\b/i,
  /\bprinted (?:at|in|by)\b|\bprint-on-demand\b|\bотпечатано\b/i,
  /\bwww\.[a-z0-9-]{1,63}\.[a-z]{2,24}|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,63}/i,
  /\b(?:tele)?fax\b|\bphone\b|\btel\.\s*[+\d]|\bтел\.\s*[+\d]/i,
  /\b(?:Ltd|GmbH|LLC|Inc|S\.?A\.?R\.?L)\b\.?/,
  /\bbuy (?:your )?books?\b|\bbooks? online\b|\bbook ?stores?\b|\bkaufen\b|\bbücher\b/i,
  /\bdear reader\b|\benjoy your reading\b|\bcover image\b/i,
  /\b\d{1,4} [A-Z][a-z]+ (?:Street|St\.|Road|Avenue)\b|\bgatve\b|\bstraße\b/,
];

/** How many publisher signals a paragraph shows. */
export function publisherSignals(paragraph: string): number {
  let n = 0;
  for (const re of PUBLISHER_SIGNALS) if (re.test(paragraph)) n++;
  return n;
}

/** Is the paragraph only an ISBN (with or without the label and markup)? */
export function isIsbnLine(paragraph: string): boolean {
  return /^[*_\s]*(?:ISBN(?:-1[03])?:?\s*)?97[89][-‐ ]?\d{1,5}[-‐ ]?\d{1,7}[-‐ ]?\d{1,7}[-‐ ]?\d[*_\s]*$/i.test(paragraph);
}
