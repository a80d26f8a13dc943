import { describe, expect, it } from 'vitest';
import { clean, toMarkdown } from '../../src/clean/clean.js';
import { looksLikeHtml } from '../../src/clean/common/web-html-markup.js';

const html = `<!DOCTYPE html><html><head><title>Page</title><script>var a = "<p>not text</p>";</script><style>p{color:red}</style></head><body>
<nav><a href="/">Главная</a> | <a href="/news">Новости</a></nav>
<div class="header">Войти | Регистрация</div>
<h1>Белорусско-китайский форум прошёл в&nbsp;Минске</h1>
<div class="meta">Опубликовано: 12.03.2024 &middot; Просмотров: 1&nbsp;245</div>
<!-- banner -->
<p>В Минске прошёл белорусско-китайский форум регионов, в котором приняли участие представители двенадцати провинций КНР и всех областей Беларуси.</p>
<p>Стороны подписали 15 соглашений о сотрудничестве в сферах образования, торговли и туризма &amp; договорились о новых проектах.<br>Следующий форум пройдёт в Харбине.</p>
<ul class="share"><li>Поделиться</li><li>ВКонтакте</li></ul>
<footer>© 2024 Новости. Все права защищены.</footer>
</body></html>`;

describe('HTML input (rehype, edited by node offsets)', () => {
  const r = clean(html);
  it('is detected as a web page', () => {
    expect(r.profile).toEqual({ name: 'web', reason: expect.stringContaining('HTML') });
  });
  it('keeps the article, drops markup, scripts and chrome, decodes entities', () => {
    expect(toMarkdown(r)).toBe(
      '# Белорусско-китайский форум прошёл в Минске\n\n' +
        'В Минске прошёл белорусско-китайский форум регионов, в котором приняли участие представители двенадцати провинций КНР и всех областей Беларуси.\n\n' +
        'Стороны подписали 15 соглашений о сотрудничестве в сферах образования, торговли и туризма & договорились о новых проектах.\nСледующий форум пройдёт в Харбине.\n',
    );
    expect(r.meta).toMatchObject({ title: 'Белорусско-китайский форум прошёл в Минске', date: '2024-03-12' });
  });
  it('records changes against the original HTML', () => {
    for (const c of r.changes) expect(html.slice(c.start, c.end)).toBe(c.before);
    const amp = r.changes.find((c) => c.before.includes('&amp;'));
    expect(amp?.after).toContain('&');
  });
  it.each([
    ['Markdown with a few inline tags', 'Text<sup>1</sup> and <b>bold</b>.\n\n## Heading\n\nMore text.'],
    ['plain text', 'Беларусь и Китай подписали соглашение.'],
  ])('leaves %s alone', (_n, text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});
