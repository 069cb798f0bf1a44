import type { PlaygroundMode } from '../config.js';
import type { Flash } from '../session.js';
import { CsrfField, Layout } from './layout.js';

const MODE_WORDS: Record<PlaygroundMode, string> = {
  emulator:
    'This playground runs an embedded Buffer emulator, so you can try everything without a Buffer account. Connecting goes through the same OAuth steps as the real Buffer.',
  oauth: 'Connecting takes you to Buffer to approve this app, then brings you back here.',
  token:
    "This playground uses the app owner's access token from BUFFER_ACCESS_TOKEN, so no sign-in is needed.",
};

export function HomePage(props: {
  bufferLabel: string;
  mode: PlaygroundMode;
  csrfToken: string;
  flash?: Flash;
}) {
  return (
    <Layout title="Connect" bufferLabel={props.bufferLabel} connected={false} flash={props.flash}>
      <section class="hero">
        <h1>Manage a Buffer queue with bufferkit</h1>
        <p>{MODE_WORDS[props.mode]}</p>
        <form method="post" action="/connect">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="primary" data-testid="connect">
            Connect Buffer
          </button>
        </form>
      </section>
    </Layout>
  );
}
