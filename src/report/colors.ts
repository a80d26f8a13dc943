/**
 * Entity colours: light backgrounds with a darker underline of the same hue, all
 * with a contrast ratio above 7:1 against the near-black text. The underline style
 * differs by group so that colour is not the only cue.
 */
export const ENTITY_STYLES: Readonly<Record<string, { bg: string; line: string; label: string }>> = {
  person: { bg: '#fde2e4', line: '#c0392b', label: 'person' },
  organization: { bg: '#dbeafe', line: '#1d4ed8', label: 'organization' },
  location: { bg: '#dcfce7', line: '#15803d', label: 'location' },
  facility: { bg: '#e0f2f1', line: '#0f766e', label: 'facility' },
  date: { bg: '#fef3c7', line: '#b45309', label: 'date' },
  money: { bg: '#fce7f3', line: '#be185d', label: 'money' },
  percent: { bg: '#ede9fe', line: '#6d28d9', label: 'percent' },
  quantity: { bg: '#f3e8ff', line: '#7e22ce', label: 'quantity' },
  document: { bg: '#ffedd5', line: '#c2410c', label: 'document' },
  event: { bg: '#e0e7ff', line: '#4338ca', label: 'event' },
};

/** Style for a type not in the table. */
export const OTHER_STYLE = { bg: '#eeeeee', line: '#555555', label: 'other' };
