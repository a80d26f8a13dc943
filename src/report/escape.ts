/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** A URL safe to put in `href`: http(s) only, else `null`. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}
