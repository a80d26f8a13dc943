import { describe, expect, it } from 'vitest';
import { parseBeltaUrl } from '../../src/belta/url.js';
import { idFitsYear, yearsForId } from '../../src/belta/id-years.js';
import { BELTA_ID_RANGES } from '../../src/data/belta-ids.js';

describe('parseBeltaUrl (URL grammar of belta.md §2; real URLs from belta.md and the seed books)', () => {
  it.each([
    ['https://www.belta.by/society/view/posolstvo-knr-sovmestno-s-belarusjju-v-2024-godu-bylo-zaversheno-35-nauchno-issledovatelskih-proektov-705398-2025/',
      { edition: 'ru', section: 'society', kind: 'view', id: 705398, year: 2025, counter: 'main', prefix: null, slug: 'posolstvo-knr-sovmestno-s-belarusjju-v-2024-godu-bylo-zaversheno-35-nauchno-issledovatelskih-proektov' }],
    ['http://www.belta.by/regions/view/gomelskij-gosuniversitet-imeni-skoriny-sotrudnichestvo-s-25-vuzami-i-organizatsijami-kitaja-2080-2015/',
      { section: 'regions', id: 2080, year: 2015, counter: 'legacy' }],
    ['http://www.belta.by/interview/view/belarus-odna-iz-vazhnejshih-dlja-kitaja-stran-na-novom-shelkovom-puti-5137/',
      { section: 'interview', kind: 'interview', id: 5137, year: null, counter: 'interview' }],
    ['http://www.belta.by/opinions/view/belorusko-kitajskoe-vzaimodejstvie-v-oblasti-obrazovanija-i-nauki-vnosit-realnyj-vklad-v-ukreplenie-druzhyby-4501/',
      { kind: 'opinions', id: 4501, year: null }],
    ['https://www.belta.by/special/society/view/tsentr-izuchenija-belarusi-otkrylsja-na-baze-sychuanskogo-universiteta-inostrannyh-jazykov-v-kitae-340916-2019/',
      { prefix: 'special', section: 'society', id: 340916, year: 2019 }],
    ['http://www.belta.by/regions/view/sotrudnichestvo-s-mogilevskoj-oblastju-stanet-prioritetom-vneshnej-politiki-provintsii-tszjansu-chzhan-2568-2015',
      { id: 2568, year: 2015, slug: 'sotrudnichestvo-s-mogilevskoj-oblastju-stanet-prioritetom-vneshnej-politiki-provintsii-tszjansu-chzhan' }],
    ['http://www.belta.by/society/view/belarus-i-kitaj-planirujut-realizovat-v-2016-2017-godah-okolo-30-sovmestnyh-nauchno-tehnicheskikh-206324-2016/',
      { id: 206324, year: 2016 }],
    ['https://eng.belta.by/society/view/belarus-academy-of-sciences-cooperates-with-11-provinces-of-china-159182-2023/',
      { edition: 'eng', id: 159182, year: 2023 }],
    ['https://wap.belta.by/amp/economics/view/x-y-656109-2024', { edition: 'ru', prefix: 'amp', id: 656109 }],
  ])('%s', (url, expected) => {
    expect(parseBeltaUrl(url)).toMatchObject(expected);
  });

  it.each([
    'https://www.belta.by/',
    'https://www.belta.by/society/',
    'http://www.government.by/ru/content/6542',
    'https://notbelta.by/society/view/x-1-2020/',
    'https://belta.by.evil.com/society/view/x-656109-2024/',
  ])('%s is not a BelTA item', (url) => {
    expect(parseBeltaUrl(url)).toBeNull();
  });
});

describe('id → year (observed ranges, belta.md §2)', () => {
  it('the example of belta.md: 285359 fits 2018 only', () => {
    expect(yearsForId(285359)).toEqual({ from: 2018, to: 2018 });
    expect(idFitsYear(285359, 2019)).toBe(false);
    expect(idFitsYear(285359, 2018)).toBe(true);
  });

  it('every observed boundary id fits its own year', () => {
    for (const r of BELTA_ID_RANGES) {
      expect(idFitsYear(r.min, r.year), `${r.min}`).toBe(true);
      expect(idFitsYear(r.max, r.year), `${r.max}`).toBe(true);
    }
  });

  it('an id between two observed years fits both; outside all ranges the span is open', () => {
    expect(yearsForId(380000)).toEqual({ from: 2019, to: 2020 });
    expect(yearsForId(540000)).toEqual({ from: 2022, to: 2023 });
    expect(yearsForId(100500)).toEqual({ from: null, to: 2015 });
    expect(yearsForId(900000)).toEqual({ from: 2026, to: null });
  });
});
