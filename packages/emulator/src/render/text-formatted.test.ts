import { expect, test } from 'vitest';
import { formatText } from './text-formatted.js';

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
