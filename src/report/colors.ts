/**
 * Entity colours: light backgrounds with a darker underline of the same hue, all
 * with a contrast ratio above 7:1 against the near-black text. The underline style
 * differs by group (names solid, values dotted, documents and events dashed) so
 * that colour is not the only cue; the type is also in each mark's tooltip.
 */
export const ENTITY_STYLES: Readonly<Record<string, { bg: string; line: string; border: 'solid' | 'dotted' | 'dashed' }>> = {
  person: { bg: '#ffe1e1', line: '#c62828', border: 'solid' },
  organization: { bg: '#dbeafe', line: '#1d4ed8', border: 'solid' },
  location: { bg: '#dcfce7', line: '#15803d', border: 'solid' },
  facility: { bg: '#ecfccb', line: '#4d7c0f', border: 'solid' },
  date: { bg: '#fef3c7', line: '#b45309', border: 'dotted' },
  money: { bg: '#fce7f3', line: '#be185d', border: 'dotted' },
  percent: { bg: '#ede9fe', line: '#6d28d9', border: 'dotted' },
  quantity: { bg: '#efebe9', line: '#6d4c41', border: 'dotted' },
  document: { bg: '#ffedd5', line: '#c2410c', border: 'dashed' },
  event: { bg: '#cffafe', line: '#0e7490', border: 'dashed' },
};

/** Style for a type not in the table. */
export const OTHER_STYLE = { bg: '#eeeeee', line: '#555555', border: 'solid' as const };
