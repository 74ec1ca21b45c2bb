import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { ErrorBox, Result, Section, Status } from '../ui';
import { FollowUps } from './FollowUps';

const SupervisionQuery = graphql(`
  query Supervision {
    violations(first: 50) {
      nodes {
        id
        kind
        caseId
        departmentCode
        person
        detectedAt
      }
    }
    clockWarnings(first: 50) {
      nodes {
        id
        level
        subjectKind
        caseId
        departmentCode
        workingDaysLeft
        deadlineOn
        raisedAt
      }
    }
  }
`);

const VerifyQuery = graphql(`
  query VerifyAuditChain {
    auditChainVerification {
      valid
      entriesChecked
      firstBrokenSequence
      reason
      headHash
    }
  }
`);

/** The supervision bureau's view: violations, warnings, the audit chain, ratings' follow-ups. */
export function Supervision() {
  const t = useT();
  const [result] = useQuery({ query: SupervisionQuery, requestPolicy: 'network-only' });
  const [verifying, setVerifying] = useState(false);
  const [verification] = useQuery({
    query: VerifyQuery,
    pause: !verifying,
    requestPolicy: 'network-only',
  });
  const chain = verification.data?.auditChainVerification;
  return (
    <>
      <Section title={t('auditChain')}>
        <button onClick={() => setVerifying(true)}>{t('verify')}</button>
        <ErrorBox error={verification.error} />
        {chain && (
          <p className={`verdict ${chain.valid ? 'good' : 'bad'}`} data-testid="chain">
            {chain.valid ? t('chainValid') : t('chainBroken')} · {chain.entriesChecked}
            {chain.firstBrokenSequence && ` · #${chain.firstBrokenSequence} ${chain.reason}`}
            {chain.headHash && <span className="mono"> · {chain.headHash.slice(0, 16)}…</span>}
          </p>
        )}
      </Section>
      <Result result={result}>
        {({ violations, clockWarnings }) => (
          <>
            <Section title={t('violations')}>
              {(violations?.nodes ?? []).length === 0 ? (
                <p className="empty">{t('empty')}</p>
              ) : (
                <table>
                  <tbody>
                    {(violations?.nodes ?? []).map((v) => (
                      <tr key={v.id}>
                        <td>{v.kind}</td>
                        <td>{v.departmentCode}</td>
                        <td>{v.person}</td>
                        <td className="mono">{v.caseId}</td>
                        <td>{t.date(v.detectedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Section>
            <Section title={t('warnings')}>
              {(clockWarnings?.nodes ?? []).length === 0 ? (
                <p className="empty">{t('empty')}</p>
              ) : (
                <table>
                  <tbody>
                    {(clockWarnings?.nodes ?? []).map((w) => (
                      <tr key={w.id}>
                        <td>
                          <Status value={w.level} />
                        </td>
                        <td>{w.subjectKind}</td>
                        <td>{w.departmentCode}</td>
                        <td>
                          {t('left')} {w.workingDaysLeft} · {w.deadlineOn}
                        </td>
                        <td>{t.date(w.raisedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Section>
            <FollowUps canRespond={false} />
          </>
        )}
      </Result>
    </>
  );
}
