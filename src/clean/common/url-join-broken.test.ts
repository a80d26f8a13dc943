import { describe, expect, it } from 'vitest';
import { urlJoinBroken } from './url-join-broken.js';
import { applyRule } from '../../../test/clean-ocr/run-rule.js';

describe('url-join-broken', () => {
  const cases: [string, string, string][] = [
    [
      'a space before a slug hyphen and a wrap at a hyphen (fixture 000 note 82)',
      'URL: https://belta.by/society/view/belarus-i-kitai -podpisali-memorandum-o-\nvzaimoponimanii-v-oblasti-ikt-656109-2024/',
      'URL: https://belta.by/society/view/belarus-i-kitai-podpisali-memorandum-o-vzaimoponimanii-v-oblasti-ikt-656109-2024/',
    ],
    [
      'a split scheme and a wrap after a trailing space (fixture 000 note 92)',
      'URL: https: //belta.bv/economics/view/chebotar-velikii- \nkamen-odin-iz-649217-2024/',
      'URL: https://belta.bv/economics/view/chebotar-velikii-kamen-odin-iz-649217-2024/',
    ],
    [
      'a piece without a hyphen between two that have one (fixture 000 note 97)',
      'URL: https://belta.by/economics/view/bnbk-i-velikii-kamen-belarus-i- \nkitaj -do govorilis -o-novyh-krupnyh-investproektah-656105-2024/',
      'URL: https://belta.by/economics/view/bnbk-i-velikii-kamen-belarus-i-kitaj-dogovorilis-o-novyh-krupnyh-investproektah-656105-2024/',
    ],
    [
      'stray punctuation after the hyphen does not stop the join (fixture 000 note 93)',
      'URL: https://belta.bv/societv/view/belarus-i-kitai-utverdili-20-, \nsovmestnvh-nauchno-656073-2024/',
      'URL: https://belta.bv/societv/view/belarus-i-kitai-utverdili-20-,sovmestnvh-nauchno-656073-2024/',
    ],
    ['negative: text after a whole URL', 'URL: http://x.by/abc (дата обращения: 01.01.2024)', 'URL: http://x.by/abc (дата обращения: 01.01.2024)'],
    ['negative: an English word after a URL without a hyphen', 'see https://belta.by/view/a-b/ accessed today', 'see https://belta.by/view/a-b/ accessed today'],
    ['negative: the next footnote line', 'URL: https://a.by/x-1-2024/\n[^83]: Текст', 'URL: https://a.by/x-1-2024/\n[^83]: Текст'],
    ['negative: a URL at a paragraph end', 'https://a.by/x-\n\nновый абзац', 'https://a.by/x-\n\nновый абзац'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(applyRule(urlJoinBroken, input).text).toBe(expected);
  });
});
