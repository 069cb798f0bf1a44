import { expect, test } from 'vitest';
import { firstUrl, formatText } from './text-formatted.js';

test('escapes HTML and linkifies URLs, trimming trailing punctuation', () => {
  expect(formatText('a <b> & "c" see http://x.io/a?b=1&c=2.', 'facebook')).toBe(
    'a &lt;b&gt; &amp; &quot;c&quot; see <a class="url" href="http://x.io/a?b=1&amp;c=2" rel="external nofollow" target="_blank">http://x.io/a?b=1&amp;c=2</a>.',
  );
});

test('on Twitter links hashtags and mentions like the SWIFT fixture', () => {
  expect(formatText('hi @bob #Swift', 'twitter')).toBe(
    'hi <a href="https://twitter.com/bob" title="@bob" class="username" rel="external nofollow" target="_blank">@bob</a> ' +
      '<a href="https://twitter.com/#!/search?q=%23Swift" title="#Swift" class="hashtag" rel="external nofollow" target="_blank">#Swift</a>',
  );
});

test('hashtags and mentions stay plain text on other services, and e-mail addresses are not mentions', () => {
  expect(formatText('#tag @bob', 'linkedin')).toBe('#tag @bob');
  expect(formatText('mail me@example.com', 'twitter')).toBe('mail me@example.com');
});

test('a too-long @name is not a mention, a number is not a hashtag (Twitter’s rules)', () => {
  expect(formatText('@thisnameiswaytoolong and #1 and #2024', 'twitter')).toBe(
    '@thisnameiswaytoolong and #1 and #2024',
  );
  expect(formatText('#über', 'twitter')).toBe(
    '<a href="https://twitter.com/#!/search?q=%23%C3%BCber" title="#über" class="hashtag" rel="external nofollow" target="_blank">#über</a>',
  );
});

test('a URL keeps its own balanced parentheses; an enclosing one is not part of it; any scheme case', () => {
  const link = (url: string) =>
    `<a class="url" href="${url}" rel="external nofollow" target="_blank">${url}</a>`;
  expect(formatText('see https://en.wikipedia.org/wiki/Foo_(bar).', 'facebook')).toBe(
    `see ${link('https://en.wikipedia.org/wiki/Foo_(bar)')}.`,
  );
  expect(formatText('(see https://a.example/x)', 'facebook')).toBe(`(see ${link('https://a.example/x')})`);
  expect(formatText('HTTPS://A.EXAMPLE/X', 'facebook')).toBe(link('HTTPS://A.EXAMPLE/X'));
  expect(firstUrl('(https://en.wikipedia.org/wiki/Foo_(bar))')).toBe(
    'https://en.wikipedia.org/wiki/Foo_(bar)',
  );
});
