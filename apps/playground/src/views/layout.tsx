import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Flash } from '../session.js';

export interface LayoutProps {
  title: string;
  bufferLabel: string;
  connected: boolean;
  csrfToken?: string;
  flash?: Flash | undefined;
  children?: Child;
}

export function Layout(props: LayoutProps) {
  // Without the doctype every page renders in quirks mode (forms grow margins, boxes size differently).
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · bufferkit playground`}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/static/playground.css" />
          <script src="/static/playground.js" defer />
        </head>
        <body>
          <header class="top">
            <a class="brand" href="/">
              bufferkit playground
            </a>
            <span class="talking-to">Talking to {props.bufferLabel}</span>
            {props.connected && props.csrfToken !== undefined ? (
              <nav>
                <a href="/dashboard">Dashboard</a>
                <form method="post" action="/disconnect" class="inline">
                  <input type="hidden" name="_csrf" value={props.csrfToken} />
                  <button type="submit" data-testid="disconnect">
                    Disconnect
                  </button>
                </form>
              </nav>
            ) : null}
          </header>
          <main>
            {props.flash ? (
              <p
                class={`flash flash-${props.flash.kind}`}
                role={props.flash.kind === 'error' ? 'alert' : 'status'}
              >
                {props.flash.message}
              </p>
            ) : null}
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}
