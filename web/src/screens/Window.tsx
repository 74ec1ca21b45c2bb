import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { WindowSlipFragment } from '../gql/graphql';
import { useT } from '../i18n';
import { ErrorBox, Result, Section, Status } from '../ui';
import { newIdempotencyKey } from './Applicant';

const WindowQuery = graphql(`
  query WindowHome {
    bundles(first: 20) {
      nodes {
        code
        name
      }
    }
  }
`);

const RegisterApplicant = graphql(`
  mutation RegisterApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      id
      name
      identifier
    }
  }
`);

/** What the slip shows of a case: the acceptance, or the one notice of everything missing. */
export const WindowSlip = graphql(`
  fragment WindowSlip on Case {
    id
    reference
    title
    status
    deadlineOn
    notice {
      materialTypeCode
      state
      problems
    }
  }
`);

const ApplyAtWindow = graphql(`
  mutation ApplyAtWindow($input: WindowApplicationInput!) {
    applyAtWindow(input: $input) {
      ...WindowSlip
    }
  }
`);

const WindowCase = graphql(`
  query WindowCase($id: ID!) {
    case(id: $id) {
      ...WindowSlip
    }
  }
`);

/** Until the one check of the materials has run, the slip is asked for again every moment. */
function useFollowedCase(id: string | undefined) {
  const [result, refetch] = useQuery({
    query: WindowCase,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const status = result.data?.case?.status;
  useEffect(() => {
    if (!id || (status && status !== 'SUBMITTED')) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1500);
    return () => clearInterval(timer);
  }, [id, status, refetch]);
  return result.data?.case;
}

/** The window clerk registers an applicant, applies for them and prints the slip or notice. */
export function Window() {
  const t = useT();
  const [home] = useQuery({ query: WindowQuery });
  const [registered, register] = useMutation(RegisterApplicant);
  const [applied, apply] = useMutation(ApplyAtWindow);
  const [kind, setKind] = useState('ENTERPRISE');
  const [name, setName] = useState('');
  const [identifier, setIdentifier] = useState('');
  const [applicantId, setApplicantId] = useState('');
  const [bundle, setBundle] = useState('');
  const followed = useFollowedCase(applied.data?.applyAtWindow?.id);
  const kase = followed ?? applied.data?.applyAtWindow;
  return (
    <>
      <Section title={t('registerApplicant')}>
        <form
          className="row"
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await register({
              input: { kind: kind as 'ENTERPRISE' | 'PERSON', name, identifier },
            });
            if (result.data?.registerApplicant) setApplicantId(result.data.registerApplicant.id);
          }}
        >
          <select name="kind" value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="ENTERPRISE">ENTERPRISE</option>
            <option value="PERSON">PERSON</option>
          </select>
          <input
            name="name"
            placeholder={t('name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <input
            name="identifier"
            placeholder={t('identifier')}
            value={identifier}
            onChange={(event) => setIdentifier(event.target.value)}
          />
          <button type="submit">{t('register')}</button>
        </form>
        <ErrorBox error={registered.error} />
        {registered.data?.registerApplicant && (
          <p>
            ✔ {registered.data.registerApplicant.name} ·{' '}
            <span className="mono">{registered.data.registerApplicant.id}</span>
          </p>
        )}
      </Section>
      <Section title={t('applyAtWindow')}>
        <Result result={home}>
          {({ bundles }) => (
            <form
              className="row"
              onSubmit={(event) => {
                event.preventDefault();
                void apply({
                  input: {
                    applicantId,
                    subjectKind: 'BUNDLE',
                    subjectCode: bundle,
                    title: (bundles?.nodes ?? []).find((b) => b.code === bundle)?.name ?? bundle,
                    idempotencyKey: newIdempotencyKey(),
                  },
                });
              }}
            >
              <input
                name="applicantId"
                placeholder="applicantId"
                value={applicantId}
                onChange={(event) => setApplicantId(event.target.value)}
              />
              <select
                name="bundle"
                value={bundle}
                onChange={(event) => setBundle(event.target.value)}
              >
                <option value="">{t('bundles')}</option>
                {(bundles?.nodes ?? []).map((b) => (
                  <option key={b.code} value={b.code}>
                    {b.name}
                  </option>
                ))}
              </select>
              <button type="submit" disabled={!applicantId || !bundle}>
                {t('apply')}
              </button>
            </form>
          )}
        </Result>
        <ErrorBox error={applied.error} />
        {kase && <Slip kase={kase} />}
      </Section>
    </>
  );
}

/** The acceptance slip, or the one notice of everything missing, ready to print. */
function Slip({ kase }: { kase: WindowSlipFragment }) {
  const t = useT();
  return (
    <div className="slip" data-testid="slip">
      <h3>{kase.notice.length > 0 ? t('notice') : t('acceptanceSlip')}</h3>
      <p>
        <span className="mono">{kase.reference}</span> · {kase.title} ·{' '}
        <Status value={kase.status} /> · {t('deadline')} {kase.deadlineOn ?? '—'}
      </p>
      {kase.notice.length > 0 && (
        <ul>
          {kase.notice.map((entry) => (
            <li key={entry.materialTypeCode}>
              {entry.materialTypeCode}: {entry.state} {entry.problems.join('; ')}
            </li>
          ))}
        </ul>
      )}
      <button onClick={() => window.print()}>{t('print')}</button>
    </div>
  );
}
