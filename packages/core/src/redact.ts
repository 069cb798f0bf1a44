// Values of secret-bearing keys, in JSON (`"access_token":"…"`, also `\/`-escaped) and in form or query
// strings (`access_token=…`). The key list is broad on purpose: a snippet loses nothing useful by hiding them.
const SECRET_KEY = '(?:access_token|refresh_token|id_token|client_secret|code|password|token|secret)';
// A string cut off by truncation (no closing quote) is hidden up to the end.
const JSON_SECRET = new RegExp(String.raw`("${SECRET_KEY}"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)`, 'gi');
const FORM_SECRET = new RegExp(String.raw`(\b${SECRET_KEY}=)[^&\s"'<>]*`, 'gi');
const BEARER = /(\bBearer\s+)[^\s"'<>,;]+/gi;
// Buffer's codes and tokens look like `1/mWot20jTwojsd00jFlaaR45` (escaped `1\/…` in JSON); an HTML page
// may echo one outside any key.
const BUFFER_SECRET = /\b(\d\\?\/)[A-Za-z0-9]{8,}/g;

const REDACTED = '[REDACTED]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeEncode(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Hides secrets in a piece of text: known secret-bearing keys, bearer tokens, Buffer-shaped tokens, and `extra`. */
export function redactSecrets(text: string, extra: readonly string[] = []): string {
  let out = text;
  for (const secret of extra) {
    if (secret.length >= 4) {
      out = out.replace(new RegExp(escapeRegExp(secret), 'g'), REDACTED);
      const encoded = safeEncode(secret);
      if (encoded !== undefined && encoded !== secret) {
        out = out.replace(new RegExp(escapeRegExp(encoded), 'gi'), REDACTED);
      }
    }
  }
  return out
    .replace(JSON_SECRET, `$1"${REDACTED}"`)
    .replace(FORM_SECRET, `$1${REDACTED}`)
    .replace(BEARER, `$1${REDACTED}`)
    .replace(BUFFER_SECRET, `$1${REDACTED}`);
}

const SNIPPET_WINDOW = 4096;

/** A short, single-line, redacted excerpt of a response body for an error message. */
export function bodySnippet(text: string, extra: readonly string[] = [], max = 200): string {
  let window = text.slice(0, SNIPPET_WINDOW);
  // A secret cut in two by the window would no longer match, and whitespace collapsing can bring its first
  // half into view. When the cut runs through a word, its last characters go, as many as the longest secret
  // (at least 64, for tokens only the patterns know), so no part of a secret is left at the end.
  if (text.length > SNIPPET_WINDOW && /\S/.test(text[SNIPPET_WINDOW] ?? '')) {
    const word = /\S+$/.exec(window)?.[0].length ?? 0;
    const longest = Math.max(64, ...extra.map((secret) => secret.length));
    window = window.slice(0, window.length - Math.min(word, longest));
  }
  const head = redactSecrets(window, extra).replace(/\s+/g, ' ').trim();
  return head.length > max || text.length > window.length ? `${head.slice(0, max)}…` : head;
}
