import { Layout } from './layout.js';

export interface MessagePageProps {
  bufferLabel: string;
  title: string;
  /** Plain words for a person: what happened and what to do. */
  detail: string;
  /** Buffer's or OAuth's own error code, shown so it can be looked up. */
  code?: string | undefined;
  connected?: boolean;
  csrfToken?: string;
  action?: { href: string; label: string };
}

/** One page for every failure: plain words, the provider's code, a way forward, never a stack trace. */
export function MessagePage(props: MessagePageProps) {
  const action = props.action ?? { href: '/', label: 'Start again' };
  return (
    <Layout
      title={props.title}
      bufferLabel={props.bufferLabel}
      connected={props.connected ?? false}
      {...(props.csrfToken === undefined ? {} : { csrfToken: props.csrfToken })}
    >
      <section class="message" data-testid="message-page">
        <h1>{props.title}</h1>
        <p>{props.detail}</p>
        {props.code === undefined ? null : (
          <p class="code">
            Error code: <code data-testid="error-code">{props.code}</code>
          </p>
        )}
        <p>
          <a class="button" href={action.href}>
            {action.label}
          </a>
        </p>
      </section>
    </Layout>
  );
}
