export { splitSentences, type SentenceOptions } from './sentences.js';
export { splitParagraphs, isDoubleSpaced, type ParagraphKind, type ParagraphSpan } from './paragraphs.js';
export { tokenize, type Token } from './words.js';
export { segment, type Paragraph, type Sentence, type Segmentation, type SegmentOptions } from './segment.js';
