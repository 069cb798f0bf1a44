// Buffer's `text_formatted`: the text HTML-escaped, with URLs linkified and, on Twitter, hashtags and
// @mentions linked the way the SWIFT fixture shows.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A mention is 1–15 of [A-Za-z0-9_] and not longer (a longer name is not a Twitter user, so not linked).
const TOKEN =
  /(https?:\/\/[^\s<>"']+)|(?<![\w&])(#[\p{L}\p{N}_]+)|(?<![\w])(@[A-Za-z0-9_]{1,15}(?![A-Za-z0-9_]))/giu;

/** A hashtag needs a letter: `#1` or `#2024` is not one (Twitter's rule). */
const NUMERIC_TAG = /^#[\p{N}_]+$/u;

/**
 * Trailing sentence punctuation is not part of a link, nor is a closing parenthesis that closes one opened
 * before the link — but `https://en.wikipedia.org/wiki/Foo_(bar)` keeps its own.
 */
function trimUrl(url: string): string {
  let out = url;
  for (;;) {
    const last = out.at(-1);
    if (last !== undefined && '.,!?;:'.includes(last)) out = out.slice(0, -1);
    else if (last === ')' && out.split('(').length < out.split(')').length) out = out.slice(0, -1);
    else return out;
  }
}

export function formatText(text: string, service: string): string {
  const social = service === 'twitter';
  let out = '';
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, url, hashtag, mention] = match;
    const index = match.index;
    let html: string | undefined;
    let consumed = whole;
    if (url) {
      const trimmed = trimUrl(url);
      consumed = trimmed;
      const safe = escapeHtml(trimmed);
      html = `<a class="url" href="${safe}" rel="external nofollow" target="_blank">${safe}</a>`;
    } else if (hashtag && social && !NUMERIC_TAG.test(hashtag)) {
      const tag = escapeHtml(hashtag);
      const query = encodeURIComponent(hashtag);
      html = `<a href="https://twitter.com/#!/search?q=${query}" title="${tag}" class="hashtag" rel="external nofollow" target="_blank">${tag}</a>`;
    } else if (mention && social) {
      const name = escapeHtml(mention);
      html = `<a href="https://twitter.com/${escapeHtml(mention.slice(1))}" title="${name}" class="username" rel="external nofollow" target="_blank">${name}</a>`;
    }
    if (html === undefined) continue;
    out += escapeHtml(text.slice(last, index)) + html;
    last = index + consumed.length;
  }
  return out + escapeHtml(text.slice(last));
}

export function firstUrl(text: string): string | undefined {
  const match = /https?:\/\/[^\s<>"']+/i.exec(text);
  return match ? trimUrl(match[0]) : undefined;
}
