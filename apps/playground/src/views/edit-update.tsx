import type { Update } from '../buffer.js';
import type { Flash } from '../session.js';
import { CsrfField, Layout } from './layout.js';

export function EditUpdatePage(props: {
  bufferLabel: string;
  csrfToken: string;
  flash?: Flash | undefined;
  update: Update;
  /** Text typed before a failed save, shown instead of Buffer's copy so nothing is lost. */
  draft?: string | undefined;
}) {
  const { update } = props;
  return (
    <Layout
      title="Edit update"
      bufferLabel={props.bufferLabel}
      connected={true}
      csrfToken={props.csrfToken}
      flash={props.flash}
    >
      <h1>Edit update</h1>
      <form method="post" action={`/updates/${encodeURIComponent(update.id)}/edit`} class="composer">
        <CsrfField token={props.csrfToken} />
        {update.profile_id ? <input type="hidden" name="profile_id" value={update.profile_id} /> : null}
        <label for="edit-text">Text</label>
        <textarea id="edit-text" name="text" rows={5} data-testid="edit-text">
          {/* The HTML parser drops one leading newline in a textarea; this one, so the text's own survives. */}
          {`\n${props.draft ?? update.text ?? ''}`}
        </textarea>
        <p>
          <button type="submit" class="primary">
            Save
          </button>{' '}
          <a href={update.profile_id ? `/profiles/${encodeURIComponent(update.profile_id)}` : '/dashboard'}>
            Cancel
          </a>
        </p>
      </form>
    </Layout>
  );
}
