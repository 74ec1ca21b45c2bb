import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useSession } from '../auth';
import { UploadMutation } from '../materials';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { ClockView, ErrorBox, Result, Section, Status } from '../ui';

const CaseQuery = graphql(`
  query CaseDossier($id: ID!) {
    case(id: $id) {
      id
      reference
      title
      status
      channel
      subjectCode
      deadlineOn
      acceptedAt
      closedAt
      notice {
        materialTypeCode
        state
        problems
      }
      commitment {
        materialTypeCodes
        deadlineOn
      }
      tasks {
        id
        status
        deadlineOn
        reasons
        department {
          code
          name
        }
        clock {
          limitDays
          usedDays
          leftDays
          paused
          overdue
        }
        supplementRequests {
          materialTypeCode
          reason
        }
        licence {
          serial
        }
      }
      licences {
        serial
        itemCode
        signatureValid
        deliveredAt
        department {
          code
          name
        }
      }
      timeline(first: 100) {
        nodes {
          id
          kind
          at
          by
          summary
          department {
            code
          }
        }
      }
    }
  }
`);

const SupplyMutation = graphql(`
  mutation SupplySupplement($taskId: ID!) {
    supplySupplement(taskId: $taskId) {
      id
      status
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawCase($caseId: ID!) {
    withdrawCase(caseId: $caseId) {
      id
      status
    }
  }
`);

/** The moments the console waits before sending a refused supply again (about 8 s in all). */
const supplyRetryWaits = [300, 700, 1000, 2000, 4000];

const refusedFor = (error: CombinedError | undefined, code: string) =>
  Boolean(error?.graphQLErrors.some((e) => e.extensions?.code === code));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A case's dossier: status, every department's task with its clock, licences, the timeline. */
export function CaseView(props: { id: string; applicant?: boolean; onBack?: () => void }) {
  const t = useT();
  const [result, refetch] = useQuery({
    query: CaseQuery,
    variables: { id: props.id },
    requestPolicy: 'network-only',
  });
  const [supplied, supply] = useMutation(SupplyMutation);
  // The joint approval learns of a newly uploaded version from the materials' event, a moment
  // after the upload answered: a supply sent in that moment is refused with
  // SUPPLEMENT_NOT_UPLOADED. The console then says it is waiting and sends it again, a few
  // times; any other answer (or the same one after the last wait) is shown as it is.
  const [waitingForUpload, setWaitingForUpload] = useState(false);
  const supplyWhenSeen = async (taskId: string) => {
    let result = await supply({ taskId });
    for (const wait of supplyRetryWaits) {
      if (!refusedFor(result.error, 'SUPPLEMENT_NOT_UPLOADED')) break;
      setWaitingForUpload(true);
      await pause(wait);
      result = await supply({ taskId });
    }
    setWaitingForUpload(false);
    reload();
  };
  const [withdrawn, withdraw] = useMutation(WithdrawMutation);
  const [uploaded, upload] = useMutation(UploadMutation);
  const [sent, setSent] = useState<string[]>([]);
  const { session } = useSession();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className="case-view" data-testid="case-view">
      {props.onBack && (
        <button className="link" onClick={props.onBack}>
          ← {t('back')}
        </button>
      )}
      <button className="link" onClick={reload}>
        ↻
      </button>
      <Result result={result} isEmpty={(data) => !data.case}>
        {({ case: kase }) => (
          <>
            <Section title={`${kase!.reference} · ${kase!.title}`}>
              <p>
                {t('status')}: <Status value={kase!.status} /> · {t('deadline')}:{' '}
                {kase!.deadlineOn ?? '—'}
              </p>
              {props.applicant && ['SUBMITTED', 'IN_PROGRESS'].includes(kase!.status) && (
                <button
                  onClick={() => withdraw({ caseId: kase!.id }).then(() => reload())}
                  disabled={withdrawn.fetching}
                >
                  {t('withdraw')}
                </button>
              )}
              {waitingForUpload ? (
                <p className="waiting" data-testid="supply-waiting">
                  {t('supplyWaiting')}
                </p>
              ) : (
                <ErrorBox error={withdrawn.error ?? supplied.error ?? uploaded.error} />
              )}
              {kase!.notice.length > 0 && (
                <div className="notice">
                  <h3>{t('notice')}</h3>
                  <ul>
                    {kase!.notice.map((entry) => (
                      <li key={entry.materialTypeCode}>
                        {entry.materialTypeCode}: {entry.state} {entry.problems.join('; ')}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </Section>
            <Section title={t('tasks')}>
              <table>
                <thead>
                  <tr>
                    <th>{t('department')}</th>
                    <th>{t('status')}</th>
                    <th>{t('deadline')}</th>
                    <th>{t('clock')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {kase!.tasks.map((task) => (
                    <tr key={task.id} data-department={task.department?.code}>
                      <td>{task.department?.name ?? task.department?.code}</td>
                      <td>
                        <Status value={task.status} />
                        {task.reasons.length > 0 && (
                          <div className="reasons">{task.reasons.join('; ')}</div>
                        )}
                      </td>
                      <td>{task.deadlineOn}</td>
                      <td>
                        <ClockView clock={task.clock} />
                      </td>
                      <td>
                        {task.supplementRequests.map((request) => (
                          <div key={request.materialTypeCode} className="supplement">
                            {t('supplement')}: {request.materialTypeCode} — {request.reason}
                            {props.applicant &&
                              task.status === 'SUPPLEMENT_REQUESTED' &&
                              session?.applicantId && (
                                <input
                                  type="file"
                                  name={`supplement-${request.materialTypeCode}`}
                                  disabled={uploaded.fetching}
                                  onChange={(event) => {
                                    const file = event.target.files?.[0];
                                    if (!file) return;
                                    void upload({
                                      applicantId: session.applicantId!,
                                      materialTypeCode: request.materialTypeCode,
                                      file,
                                    }).then((result) => {
                                      if (!result.error) {
                                        setSent((known) => [...known, request.materialTypeCode]);
                                      }
                                    });
                                  }}
                                />
                              )}
                            {sent.includes(request.materialTypeCode) && (
                              <span data-testid="supplement-uploaded"> ✔</span>
                            )}
                          </div>
                        ))}
                        {props.applicant && task.status === 'SUPPLEMENT_REQUESTED' && (
                          <button
                            onClick={() => void supplyWhenSeen(task.id)}
                            disabled={supplied.fetching || waitingForUpload}
                          >
                            {t('supply')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
            <Section title={t('licences')}>
              {kase!.licences.length === 0 ? (
                <p className="empty">{t('empty')}</p>
              ) : (
                <ul className="licences">
                  {kase!.licences.map((licence) => (
                    <li key={licence.serial} data-testid="licence">
                      <span className="mono serial">{licence.serial}</span> ·{' '}
                      {licence.department?.name} · {licence.itemCode} ·{' '}
                      {licence.signatureValid ? '✔' : '✘'} {t.date(licence.deliveredAt)}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t('timeline')}>
              <ol className="timeline">
                {kase!.timeline.nodes.map((entry) => (
                  <li key={entry.id}>
                    <time>{t.date(entry.at)}</time> <strong>{t.status(entry.kind)}</strong>{' '}
                    {entry.department?.code} {entry.summary}
                  </li>
                ))}
              </ol>
            </Section>
          </>
        )}
      </Result>
    </div>
  );
}
