import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/clean/run-rules.js';
import type { CleaningRule } from '../../src/clean/types.js';
import { encodingMojibake } from '../../src/clean/common/encoding-mojibake.js';
import { encodingInvisible } from '../../src/clean/common/encoding-invisible.js';
import { encodingNfc } from '../../src/clean/common/encoding-nfc.js';
import { encodingLigatures } from '../../src/clean/common/encoding-ligatures.js';
import { encodingNbsp } from '../../src/clean/common/encoding-nbsp.js';
import { misdecode } from '../../src/clean/encoding/codecs.js';
import { applyChanges } from '../../src/model/draft.js';

function run(rule: CleaningRule, text: string) {
  const r = runRules(text, [rule], { lang: 'ru', profile: 'plain', options: {} });
  // the change log must turn the original into the result
  expect(applyChanges(text, r.changes)).toBe(r.body.text);
  return r;
}

const cases: [CleaningRule, string, string][] = [
  [encodingMojibake, 'Новости: Р‘РµР»Р°СЂСѓСЃСЊ Рё РљРёС‚Р°Р№.', 'Новости: Беларусь и Китай.'],
  [encodingMojibake, `Minsk (${misdecode('Беларусь', 'windows-1252')}) 2024`, 'Minsk (Беларусь) 2024'],
  [encodingMojibake, 'Беларусь и Китай', 'Беларусь и Китай'],
  [encodingInvisible, 'Бела\u200bрусь\u00ad и\ufeff Китай\u0007', 'Беларусь и Китай'],
  [encodingInvisible, 'emoji 👨\u200d👩\u200d👧 stays', 'emoji 👨\u200d👩\u200d👧 stays'],
  [encodingInvisible, 'tab\tand\r\nnew line', 'tab\tand\r\nnew line'],
  [encodingNfc, 'Мои\u0306 е\u0308лка, cafe\u0301', 'Мой ёлка, café'],
  [encodingNfc, 'Мой ёлка', 'Мой ёлка'],
  [encodingLigatures, 'e\ufb03cient \ufb01nancial \ufb02ow', 'efficient financial flow'],
  [encodingNbsp, 'over\u00a0 8\u00a0million\u202fUSD', 'over 8 million USD'],
  [encodingNbsp, 'line\u00a0\nnext', 'line\nnext'],
  [encodingNbsp, 'plain  double', 'plain  double'],
];

describe('encoding rules', () => {
  it.each(cases.map(([rule, input, output]) => [rule.id, input, output, rule] as const))('%s: %j → %j', (_id, input, output, rule) => {
    expect(run(rule, input).body.text).toBe(output);
  });

  it('mojibake repair is reported once with the code page', () => {
    const r = run(encodingMojibake, 'Р‘РµР»Р°СЂСѓСЃСЊ Рё РљРёС‚Р°Р№');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toContain('windows-1251');
    expect(r.changes.map((c) => c.after)).toEqual(['Беларусь', 'и', 'Китай']);
  });
});
