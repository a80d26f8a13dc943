import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';
import { encodingRules } from '../encoding/rules.js';
import { markdownSupNotes } from '../common/markdown-sup-notes.js';
import { markdownSupMarkers } from '../common/markdown-sup-markers.js';
import { markdownHeadingEmphasis } from '../common/markdown-heading-emphasis.js';
import { markdownEscapes } from '../common/markdown-escapes.js';
import { markdownBlankLines } from '../common/markdown-blank-lines.js';
import { glossaryTerms } from '../common/glossary-terms.js';
import { mtPublisherPages } from './mt-publisher-pages.js';
import { mtToc } from './mt-toc.js';
import { mtWatermark } from './mt-watermark.js';
import { mtPageJoin } from './mt-page-join.js';
import { mtGostSeparator } from './mt-gost-separator.js';
import { mtGmdLabel } from './mt-gmd-label.js';
import { mtUrlCyrillic } from './mt-url-cyrillic.js';
import { mtInRussian } from './mt-in-russian.js';
import { mtNoteChecks } from './mt-note-checks.js';
import { webPatronymicAddress } from '../common/web-patronymic-address.js';

/**
 * The mt profile: machine translations in Markdown (a converted book). Encoding
 * repair; notes out of the body; publisher pages, table of contents and watermarks
 * out; paragraphs split by page breaks joined; `<sup>` markers to `[^N]`; Markdown
 * escapes, GOST separators and reference labels repaired in body and notes; Cyrillic
 * letters in URLs transliterated; `(in Russian)`, glossary variants, notes sharing a
 * URL and reference years that differ from the URL's year reported.
 */
export const mtProfile: Profile = {
  name: 'mt',
  rules: [
    ...encodingRules,
    trailingSpace,
    markdownSupNotes,
    mtNoteChecks,
    mtPublisherPages,
    mtToc,
    mtWatermark,
    mtPageJoin,
    markdownSupMarkers,
    markdownHeadingEmphasis,
    markdownEscapes,
    mtGostSeparator,
    mtGmdLabel,
    mtUrlCyrillic,
    mtInRussian,
    webPatronymicAddress,
    glossaryTerms,
    markdownBlankLines,
  ],
};
