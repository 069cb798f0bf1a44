import type { Emulator } from '@bufferkit/emulator';

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Plays the user at the emulator's consent page: loads the authorization URL, reads the HTML form, submits
 * Approve or Deny, and returns the redirect (the callback URL the app would receive).
 */
export async function consent(emulator: Emulator, authorizationUrl: string, decision: 'approve' | 'deny') {
  const page = await emulator.fetch(authorizationUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${html.slice(0, 200)}`);
  const form = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error('no consent form on the page');
  const fields = new URLSearchParams();
  for (const input of (form[2] ?? '').matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields.append(unescapeHtml(input[1] ?? ''), unescapeHtml(input[2] ?? ''));
  }
  if (!new RegExp(`<button[^>]*name="decision" value="${decision}"`).test(html)) {
    throw new Error(`no ${decision} button on the consent page`);
  }
  fields.append('decision', decision);
  const action = new URL(form[1] ?? '', authorizationUrl).href;
  const answer = await emulator.fetch(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || location === null) {
    throw new Error(`consent decision answered ${answer.status} without a redirect`);
  }
  return location;
}
