import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';
import { urlJoinBroken } from '../common/url-join-broken.js';
import { urlStrayPunctuation } from '../common/url-stray-punctuation.js';
import { urlDomainOcr } from '../common/url-domain-ocr.js';
import { urlSlugRepair } from '../common/url-slug-repair.js';
import { typographyDash } from '../common/typography-dash.js';
import { typographyQuotes } from '../common/typography-quotes.js';
import { typographySpaces } from '../common/typography-spaces.js';
import { ocrLinkLayerDuplicate } from './link-layer-duplicate.js';
import { ocrFootnoteBlocks } from './footnote-blocks.js';
import { ocrPageNumber } from './page-number.js';
import { ocrRunningHead } from './running-head.js';
import { ocrStrayGlyphLine } from './stray-glyph-line.js';
import { ocrStrandedLine } from './stranded-line.js';
import { ocrCompoundHyphen } from './compound-hyphen.js';
import { ocrLineStartGarbage } from './line-start-garbage.js';
import { ocrJoinLines } from './join-lines.js';
import { ocrSplitCapital } from './split-capital.js';
import { ocrSplitDigits } from './split-digits.js';
import { ocrCommaMisread } from './comma-misread.js';
import { ocrPunctuationGarbage } from './punctuation-garbage.js';
import { ocrFootnoteMarkers } from './footnote-markers.js';
import { ocrNoteJoinLines } from './note-join-lines.js';
import { ocrMixedScript } from './mixed-script.js';
import { ocrLatinConfusion } from './latin-ocr-confusion.js';
import { encodingRules } from '../encoding/rules.js';
import { glossaryTerms } from '../common/glossary-terms.js';

/**
 * The ocr profile: OCR'd / PDF-exported book pages (shared/docs/artefacts.md A1–A23).
 * Order matters: page furniture (link-layer URL copies, note blocks, stray glyph lines, page
 * numbers, running heads) leaves the body first; then lines stranded by the page break go back, lost
 * compound hyphens and line-start garbage are repaired while lines are still lines; then
 * paragraphs are rebuilt; then word-level OCR repairs, footnote markers, URLs (notes),
 * mixed scripts and typography.
 */
export const ocrProfile: Profile = {
  name: 'ocr',
  rules: [
    // encoding repair first: mojibake, invisible characters, NFC, ligatures, NBSP
    ...encodingRules,
    ocrLinkLayerDuplicate,
    ocrFootnoteBlocks,
    // stray glyph lines go before page numbers: a page number is told by the blank lines
    // around it, which a glyph line left next to it would hide until a second pass
    ocrStrayGlyphLine,
    ocrPageNumber,
    ocrRunningHead,
    ocrStrandedLine,
    ocrCompoundHyphen,
    ocrLineStartGarbage,
    ocrJoinLines,
    ocrSplitCapital,
    ocrSplitDigits,
    ocrCommaMisread,
    ocrPunctuationGarbage,
    ocrFootnoteMarkers,
    urlJoinBroken,
    urlStrayPunctuation,
    ocrMixedScript,
    urlDomainOcr,
    urlSlugRepair,
    ocrLatinConfusion,
    ocrNoteJoinLines,
    typographyDash,
    typographyQuotes,
    typographySpaces,
    trailingSpace,
    glossaryTerms,
  ],
};
