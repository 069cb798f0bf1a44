import { escapeHtml } from '../render/text-formatted.js';

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}' +
  'button{font-size:1rem;padding:.5rem 1.25rem;margin-right:.5rem}';

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${body}
</body>
</html>
`;
}

export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  // No form-action here: browsers apply it to the redirect that follows the form post, which must reach the
  // client's (other-origin) redirect URI.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
};

/** Shown instead of redirecting when the client or redirect URI cannot be trusted (no open redirect). */
export function errorPage(error: string, description: string): string {
  return page(
    'Authorization error',
    `<h1>Authorization error</h1>
<p class="error" data-error="${escapeHtml(error)}"><strong>${escapeHtml(error)}</strong>: ${escapeHtml(description)}</p>`,
  );
}

export interface ConsentFields {
  client_id: string;
  redirect_uri: string;
  response_type: string;
  state?: string;
  user?: string;
  consent: string;
}

export function consentPage(appName: string, userName: string, fields: ConsentFields): string {
  const hidden = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `  <input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  return page(
    `Authorize ${appName}`,
    `<h1>Authorize <span class="app-name">${escapeHtml(appName)}</span></h1>
<p><strong>${escapeHtml(appName)}</strong> would like to access your Buffer account (${escapeHtml(userName)}):
read your profiles and queue, and post updates on your behalf.</p>
<form method="post" action="/oauth2/authorize/decision">
${hidden}
  <button type="submit" name="decision" value="approve">Approve</button>
  <button type="submit" name="decision" value="deny">Deny</button>
</form>`,
  );
}
