import type { ReactNode } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { graphql } from './gql';
import { useT } from './i18n';

const ErrorCodesQuery = graphql(`
  query ErrorCodes {
    errorCodes {
      code
      meaning
    }
  }
`);

/** An error as its `extensions.code` and what the hub's error catalog says the code means. */
export function ErrorBox({ error }: { error: CombinedError | Error | string | undefined | null }) {
  const t = useT();
  const [codes] = useQuery({ query: ErrorCodesQuery, pause: !error });
  if (!error) return null;
  const meaning = (code: string) =>
    codes.data?.errorCodes?.find((entry) => entry.code === code)?.meaning;
  const entries =
    typeof error === 'string'
      ? [{ code: undefined, message: error }]
      : 'graphQLErrors' in error && error.graphQLErrors.length > 0
        ? error.graphQLErrors.map((e) => ({
            code: e.extensions?.code as string | undefined,
            message: e.message,
          }))
        : [{ code: undefined, message: error.message }];
  return (
    <div className="error" role="alert">
      <strong>{t('error')}</strong>
      {entries.map((entry, index) => (
        <div key={index} data-code={entry.code}>
          {entry.code && <code>{entry.code}</code>} {entry.message}
          {entry.code && meaning(entry.code) && (
            <div className="meaning">{meaning(entry.code)}</div>
          )}
        </div>
      ))}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return <p className="loading">{t('loading')}</p>;
}

export function Empty() {
  const t = useT();
  return <p className="empty">{t('empty')}</p>;
}

/** The usual three states of a query, then its content. */
export function Result<T>(props: {
  result: { fetching: boolean; error?: CombinedError; data?: T };
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  const { result } = props;
  if (result.error) return <ErrorBox error={result.error} />;
  if (!result.data) return result.fetching ? <Loading /> : <Empty />;
  if (props.isEmpty?.(result.data)) return <Empty />;
  return <>{props.children(result.data)}</>;
}

export function Status({ value }: { value: string }) {
  const t = useT();
  return (
    <span className={`status status-${value}`} data-status={value}>
      {t.status(value)}
    </span>
  );
}

export function ClockView(props: {
  clock: {
    limitDays: number;
    usedDays: number;
    leftDays: number;
    paused: boolean;
    overdue: boolean;
  };
}) {
  const t = useT();
  const { clock } = props;
  const level = clock.overdue ? 'RED' : clock.leftDays <= 1 ? 'YELLOW' : 'GREEN';
  return (
    <span className={`clock level-${level}`}>
      {clock.usedDays}/{clock.limitDays} · {t('left')} {clock.leftDays}
      {clock.paused && ` · ${t('paused')}`}
      {clock.overdue && ` · ${t('overdue')}`}
    </span>
  );
}

export function Section(props: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="card" id={props.id}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A bar chart of counts, drawn with divs: no chart library needed for a few bars. */
export function Bars(props: { rows: { label: string; value: number; className?: string }[] }) {
  const max = Math.max(1, ...props.rows.map((row) => row.value));
  return (
    <div className="bars">
      {props.rows.map((row) => (
        <div className="bar-row" key={row.label}>
          <span className="bar-label">{row.label}</span>
          <span
            className={`bar ${row.className ?? ''}`}
            style={{ width: `${(row.value / max) * 100}%` }}
          />
          <span className="bar-value">{row.value}</span>
        </div>
      ))}
    </div>
  );
}
