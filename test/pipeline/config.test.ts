import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, configToOptions, loadConfig, validateConfig } from '../../src/config/index.js';

describe('validateConfig: a clear message naming the bad key', () => {
  it.each([
    [{ profle: 'ocr' }, /"profle" is not a known key \(did you mean "profile"\?\)/],
    [{ profile: 'scan' }, /"profile" must be one of auto, ocr, mt, web, plain \(got "scan"\)/],
    [{ lang: 'de' }, /"lang" must be one of ru, en, be, uk/],
    [{ typography: 'yes' }, /"typography" must be true or false \(got "yes"\)/],
    [{ rules: { 'trailing-spaces': false } }, /"rules.trailing-spaces" is not a known rule \(did you mean "trailing-space"\?\)/],
    [{ rules: { 'trailing-space': 0 } }, /"rules.trailing-space" must be true or false \(got number 0\)/],
    [{ rules: [] }, /"rules" must be an object of rule ids/],
    [{ profiles: { scan: {} } }, /"profiles.scan" is not a profile/],
    [{ profiles: { ocr: { rule: {} } } }, /"profiles.ocr.rule" is not a known key \(did you mean "rules"\?\)/],
    [{ profiles: { plain: { rules: { nope: false } } } }, /"profiles.plain.rules.nope" is not a known rule/],
    [{ gazetteers: 'places.json' }, /"gazetteers" must be an array of paths/],
    [{ gazetteers: ['a.json', 3] }, /"gazetteers\[1\]" must be a path/],
    [{ stages: { entites: false } }, /"stages.entites" is not a stage that can be switched \(did you mean "entities"\?\)/],
    [{ workers: 0 }, /"workers" must be a whole number from 1 to 256/],
    [[], /must contain a JSON object \(got an array\)/],
  ])('%j', (raw, message) => {
    expect(() => validateConfig(raw, 'my.json')).toThrow(ConfigError);
    expect(() => validateConfig(raw, 'my.json')).toThrow(message);
  });

  it('accepts a full configuration', () => {
    const config = {
      profile: 'auto',
      lang: 'ru',
      typography: false,
      rules: { 'trailing-space': true },
      profiles: { ocr: { rules: { 'trailing-space': false } } },
      stages: { entities: false },
      workers: 2,
    };
    expect(validateConfig(config)).toEqual(config);
  });
});

describe('loadConfig and configToOptions', () => {
  it('reads sverka.config.json from the folder, the glossary and gazetteers relative to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-config-'));
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify({ terms: [{ id: 'belarus', preferred: { ru: 'Беларусь' }, variants: { ru: ['Белоруссия'] } }] }));
    writeFileSync(join(dir, 'places.json'), JSON.stringify([{ id: 'loc:city:minsk', type: 'location', subtype: 'city', ru: ['Минск'], en: ['Minsk'] }]));
    writeFileSync(
      join(dir, 'sverka.config.json'),
      JSON.stringify({ glossary: 'glossary.json', gazetteers: ['places.json'], rules: { 'trailing-space': false }, stages: { cite: false }, normalizeTerms: true }),
    );
    const resolved = loadConfig({ cwd: dir });
    expect(resolved.path).toBe(join(dir, 'sverka.config.json'));
    const options = configToOptions(resolved, { lang: 'ru', disable: ['x'] });
    expect(options).toEqual({
      normalizeTerms: true,
      disable: ['trailing-space', 'x'],
      glossary: { terms: [{ id: 'belarus', preferred: { ru: 'Беларусь' }, variants: { ru: ['Белоруссия'] } }] },
      gazetteers: [[{ id: 'loc:city:minsk', type: 'location', subtype: 'city', ru: ['Минск'], en: ['Minsk'] }]],
      skip: ['cite'],
      lang: 'ru',
    });
  });

  it('names the file for bad JSON, a missing --config and a missing glossary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-config-'));
    writeFileSync(join(dir, 'sverka.config.json'), '{ "profile": "ocr", }');
    expect(() => loadConfig({ cwd: dir })).toThrow(/sverka\.config\.json: is not valid JSON/);
    expect(() => loadConfig({ cwd: dir, path: 'other.json' })).toThrow(/other\.json: no such configuration file/);
    writeFileSync(join(dir, 'sverka.config.json'), '{ "glossary": "missing.json" }');
    expect(() => loadConfig({ cwd: dir })).toThrow(/"glossary" cannot read .*missing\.json \(ENOENT\)/);
  });

  it('a glossary whose terms are malformed is refused, naming the key and the term', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-config-'));
    writeFileSync(join(dir, 'g.json'), JSON.stringify({ terms: [{ id: 'ok', preferred: { ru: 'А' }, variants: { ru: ['Б'] } }, { preferred: 'Беларусь' }] }));
    writeFileSync(join(dir, 'sverka.config.json'), '{ "glossary": "g.json" }');
    expect(() => loadConfig({ cwd: dir })).toThrow(/"glossary" has problems: term #2 needs "id"/);
    writeFileSync(join(dir, 'sverka.config.json'), '{ "glossary": { "words": [] } }');
    expect(() => loadConfig({ cwd: dir })).toThrow(/"glossary" has problems: the glossary must be an array of terms/);
  });

  it('a gazetteer with a bad entry is refused, naming the file, the entry and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-config-'));
    writeFileSync(join(dir, 'places.json'), JSON.stringify({ entries: [{ id: 'a', type: 'location', ru: ['Минск'] }, { id: 'b', type: 'place', ru: ['Гомель'] }, { id: 'c', type: 'location', en: 'Brest' }] }));
    writeFileSync(join(dir, 'sverka.config.json'), '{ "gazetteers": ["places.json"] }');
    expect(() => loadConfig({ cwd: dir })).toThrow(/"gazetteers\[0\]" names places\.json, which has problems: entries\[1\]\.type must be one of person, .*; entries\[2\]\.en must be an array of names/);
  });

  it('no file: an empty configuration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-config-'));
    expect(loadConfig({ cwd: dir })).toEqual({ path: null, config: {}, gazetteers: [] });
  });
});
