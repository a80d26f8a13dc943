import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';
import { encodingRules } from '../encoding/rules.js';
import { webMeta } from '../common/web-meta.js';
import { webHtmlMarkup } from '../common/web-html-markup.js';
import { webChrome } from '../common/web-chrome.js';
import { webTitle } from '../common/web-title.js';
import { webQuoteSpace } from '../common/web-quote-space.js';
import { markdownEscapes } from '../common/markdown-escapes.js';
import { glossaryTerms } from '../common/glossary-terms.js';
import { markdownBlankLines } from '../common/markdown-blank-lines.js';
import { webPatronymicAddress } from '../common/web-patronymic-address.js';

/**
 * The web profile: HTML, plain-text or Markdown scrapes of news pages. HTML markup
 * out by node offsets; encoding repair;
 * source/author/date to metadata; site chrome out (jusText-style line classifier);
 * the title kept once, as a heading; glued closing quotes spaced; needless Markdown
 * escapes out; glossary variants reported; blank lines tidied.
 */
export const webProfile: Profile = {
  name: 'web',
  rules: [webHtmlMarkup, ...encodingRules, trailingSpace, webMeta, webChrome, webTitle, webQuoteSpace, webPatronymicAddress, markdownEscapes, glossaryTerms, markdownBlankLines],
};
