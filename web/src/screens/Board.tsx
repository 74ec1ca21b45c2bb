import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { WarningUpdatesSubscription } from '../gql/graphql';
import { useT } from '../i18n';
import { Bars, Result, Section, Status } from '../ui';
import { CaseView } from './CaseView';

const BoardQuery = graphql(`
  query Board {
    caseBoard {
      byStatus {
        status
        count
      }
      byLevel {
        level
        count
      }
      bottlenecks {
        departmentCode
        openTasks
        yellowTasks
        redTasks
        pausedTasks
      }
    }
    supervisedCases(first: 50) {
      totalCount
      nodes {
        id
        reference
        subjectCode
        status
        level
        departmentCodes
        submittedAt
        clock {
          usedDays
          leftDays
          limitDays
          paused
        }
        tasks {
          id
          departmentCode
          status
          level
        }
      }
    }
  }
`);

const CaseUpdates = graphql(`
  subscription CaseUpdates {
    caseStatusChanged {
      caseId
      reference
      status
      eventPosition
      at
    }
  }
`);

const WarningUpdates = graphql(`
  subscription WarningUpdates {
    warningRaised {
      warningId
      caseId
      caseReference
      departmentCode
      level
      workingDaysLeft
      at
    }
  }
`);

/** Every case live: a subscription on status changes refreshes the board without a reload. */
export function Board() {
  const t = useT();
  const [selected, setSelected] = useState<string | null>(null);
  const [board, refetch] = useQuery({ query: BoardQuery, requestPolicy: 'network-only' });
  // Each update says the case's new status itself: the row shows it at once, and the figures
  // are asked for again.
  const [live, setLive] = useState<Record<string, string>>({});
  const [updates] = useSubscription({ query: CaseUpdates }, (count: number = 0, update) => {
    const { caseId, status } = update.caseStatusChanged;
    setLive((known) => ({ ...known, [caseId]: status }));
    refetch({ requestPolicy: 'network-only' });
    // The figures are read models of their own: ask once more when they have caught up.
    setTimeout(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return count + 1;
  });
  // A yellow or red card shows at once in the list of fresh warnings, and the figures follow.
  const [warnings] = useSubscription(
    { query: WarningUpdates },
    (known: WarningUpdatesSubscription['warningRaised'][] = [], update) => {
      refetch({ requestPolicy: 'network-only' });
      return [update.warningRaised, ...known].slice(0, 10);
    },
  );
  if (selected) return <CaseView id={selected} onBack={() => setSelected(null)} />;
  return (
    <Result result={board}>
      {({ caseBoard, supervisedCases: found }) => {
        const supervisedCases = found ?? { totalCount: 0, nodes: [] };
        return (
          <>
            <p className="live" data-updates={updates.data ?? 0}>
              ● {t('live')} ({updates.data ?? 0})
            </p>
            {(warnings.data ?? []).length > 0 && (
              <Section title={t('warnings')}>
                <ul className="warnings">
                  {warnings.data!.map((warning) => (
                    <li key={warning.warningId}>
                      <Status value={warning.level} /> {warning.caseReference}{' '}
                      {warning.departmentCode ?? ''} · {t('left')} {warning.workingDaysLeft} ·{' '}
                      {t.date(warning.at)}
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <div className="grid">
              <Section title={t('byStatus')}>
                <Bars
                  rows={(caseBoard?.byStatus ?? []).map((row) => ({
                    label: t.status(row.status),
                    value: row.count,
                  }))}
                />
              </Section>
              <Section title={t('byLevel')}>
                <Bars
                  rows={(caseBoard?.byLevel ?? []).map((row) => ({
                    label: t.status(row.level),
                    value: row.count,
                    className: `level-${row.level}`,
                  }))}
                />
              </Section>
              <Section title={t('bottlenecks')}>
                <Bars
                  rows={(caseBoard?.bottlenecks ?? []).map((row) => ({
                    label: `${row.departmentCode} (🟨${row.yellowTasks} 🟥${row.redTasks})`,
                    value: row.openTasks,
                  }))}
                />
              </Section>
            </div>
            <Section title={`${t('cases')} (${supervisedCases.totalCount})`}>
              {supervisedCases.nodes.length === 0 ? (
                <p className="empty">{t('empty')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th>{t('reference')}</th>
                      <th>{t('item')}</th>
                      <th>{t('status')}</th>
                      <th>{t('clock')}</th>
                      <th>{t('tasks')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {supervisedCases.nodes.map((kase) => (
                      <tr
                        key={kase.id}
                        data-reference={kase.reference}
                        className={`level-row-${kase.level}`}
                      >
                        <td>
                          <button className="link mono" onClick={() => setSelected(kase.id)}>
                            {kase.reference}
                          </button>
                        </td>
                        <td>{kase.subjectCode}</td>
                        <td>
                          <Status value={live[kase.id] ?? kase.status} />
                        </td>
                        <td>
                          <span className={`clock level-${kase.level}`}>
                            {kase.clock ? `${kase.clock.usedDays}/${kase.clock.limitDays}` : '—'}{' '}
                            {t.status(kase.level)}
                          </span>
                        </td>
                        <td>
                          {kase.tasks.map((task) => (
                            <span key={task.id} className={`chip level-${task.level}`}>
                              {task.departmentCode} {t.status(task.status)}
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Section>
          </>
        );
      }}
    </Result>
  );
}
