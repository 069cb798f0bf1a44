import { describe, expect, it } from 'vitest';
import { bodySnippet } from './redact.js';

describe('bodySnippet', () => {
  const secret = 'ClientSecretValue123';

  it.each([1, 6, 12, 19])(
    'never shows part of a secret cut by the 4 KiB window after whitespace collapses (%i chars inside)',
    (inside) => {
      const text = `${' '.repeat(4093 - inside)}<p>${secret}</p> ${'tail '.repeat(50)}`;
      const snippet = bodySnippet(text, [secret]);
      for (let n = 4; n <= secret.length; n++) expect(snippet).not.toContain(secret.slice(0, n));
      expect(snippet).toBe('…');
    },
  );

  it('keeps a word that ends exactly at the window', () => {
    const text = `${' '.repeat(4091)}hello world`;
    expect(bodySnippet(text)).toBe('hello…');
  });

  it('a long word through the cut keeps its start (a page of minified text is not emptied)', () => {
    const text = `down ${'x'.repeat(10_000)}`;
    expect(bodySnippet(text, [secret])).toBe(`down ${'x'.repeat(195)}…`);
  });

  it('a short body is shown whole, collapsed to one line', () => {
    expect(bodySnippet(`<h1>502</h1>\n  <p>${secret}</p>`, [secret])).toBe('<h1>502</h1> <p>[REDACTED]</p>');
  });
});
