import type { Draft } from '../session.js';
import { CsrfField } from './layout.js';

export interface ComposerProfile {
  id: string;
  label: string;
  service: string;
  characterLimit: number | undefined;
  limitName: string | undefined;
  checked: boolean;
}

export interface ComposerProps {
  csrfToken: string;
  profiles: ComposerProfile[];
  /** Used for a picked date and time when the browser's zone is unknown (no script). */
  fallbackTimeZone: string;
  draft?: Draft | undefined;
}

/**
 * The form works without script; the small client script only adds the live character count and
 * fills `tz` with the browser's time zone.
 */
export function Composer(props: ComposerProps) {
  const when = props.draft?.when ?? 'queue';
  return (
    <form method="post" action="/compose" class="composer" data-testid="composer">
      <CsrfField token={props.csrfToken} />
      <h2>New update</h2>
      <fieldset>
        <legend>Post to</legend>
        {props.profiles.map((p) => (
          <label class="check">
            <input
              type="checkbox"
              name="profile_ids"
              value={p.id}
              checked={p.checked}
              data-limit={p.characterLimit === undefined ? undefined : String(p.characterLimit)}
              data-limit-name={p.limitName}
            />{' '}
            {p.label} <span class="muted">({p.service})</span>
          </label>
        ))}
      </fieldset>
      <label for="compose-text">Text</label>
      <textarea id="compose-text" name="text" rows={5} data-testid="compose-text">
        {`\n${props.draft?.text ?? ''}`}
      </textarea>
      <p class="muted" id="char-count" data-testid="char-count" aria-live="polite">
        Character limits: {limitSummary(props.profiles)}
      </p>
      <label for="compose-link">Link (optional)</label>
      <input
        id="compose-link"
        type="url"
        name="link"
        placeholder="https://example.com/article"
        value={props.draft?.link ?? ''}
      />
      <fieldset class="when">
        <legend>When</legend>
        <label class="check">
          <input type="radio" name="when" value="queue" checked={when === 'queue'} /> Add to queue
        </label>
        <label class="check">
          <input type="radio" name="when" value="top" checked={when === 'top'} /> Top of queue
        </label>
        <label class="check">
          <input type="radio" name="when" value="now" checked={when === 'now'} data-testid="when-now" /> Share
          now
        </label>
        <label class="check">
          <input type="radio" name="when" value="at" checked={when === 'at'} data-testid="when-at" /> At{' '}
          <input
            type="datetime-local"
            name="scheduled_local"
            data-testid="scheduled-local"
            value={props.draft?.scheduledLocal ?? ''}
          />
        </label>
        <input type="hidden" name="tz" value={props.fallbackTimeZone} data-tz-field />
        <input type="hidden" name="tz_source" value="account" data-tz-source />
        <p class="muted" data-tz-note>
          Times picked here are read in {props.fallbackTimeZone}, your Buffer account's time zone (your
          browser's time zone is used when JavaScript is on).
        </p>
      </fieldset>
      <button type="submit" class="primary" data-testid="compose-submit">
        Add update
      </button>
    </form>
  );
}

function limitSummary(profiles: ComposerProfile[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const p of profiles) {
    if (p.characterLimit === undefined || p.limitName === undefined || seen.has(p.limitName)) continue;
    seen.add(p.limitName);
    parts.push(`${p.limitName} ${p.characterLimit}`);
  }
  return parts.length === 0 ? 'unknown' : parts.join(', ');
}
