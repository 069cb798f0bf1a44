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

const TOKEN = /(https?:\/\/[^\s<>"']+)|(?<![\w&])(#[\p{L}\p{N}_]+)|(?<![\w])(@[A-Za-z0-9_]{1,15})/gu;

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
      // Trailing sentence punctuation is not part of the link.
      const trimmed = url.replace(/[.,!?;:)]+$/, '');
      consumed = trimmed;
      const safe = escapeHtml(trimmed);
      html = `<a class="url" href="${safe}" rel="external nofollow" target="_blank">${safe}</a>`;
    } else if (hashtag && social) {
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
  const match = /https?:\/\/[^\s<>"']+/.exec(text);
  return match ? match[0].replace(/[.,!?;:)]+$/, '') : undefined;
}
