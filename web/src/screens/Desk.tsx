import { useMemo, useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import { hasRole, useSession } from '../auth';
import { deskOperations } from '../desk-operations';
import type { DeskReviewFragment } from '../gql/graphql';
import { useT } from '../i18n';
import { ErrorBox, Result, Section, Status } from '../ui';
import { FollowUps } from './FollowUps';
import { MaterialReviews } from './MaterialReviews';

const closed = ['APPROVED', 'REJECTED', 'CANCELLED'];

const CaseMaterialsQuery = graphql(`
  query DeskCaseMaterials($caseId: ID!) {
    case(id: $caseId) {
      id
      applicant {
        id
        materials(currentOnly: true, first: 50) {
          nodes {
            id
            fileName
            status
            materialType {
              code
              name
            }
          }
        }
      }
    }
  }
`);

const MaterialContentQuery = graphql(`
  query DeskMaterialContent($caseId: ID!, $id: ID!) {
    materialContent(caseId: $caseId, id: $id) {
      base64
      material {
        id
        fileName
        contentType
      }
    }
  }
`);

/**
 * The case's materials the task needs, each opened through the public graph for this case: every
 * read is logged, and the applicant sees it in its sharing log.
 */
function CaseMaterials(props: { caseId: string; codes: string[] }) {
  const t = useT();
  const client = useClient();
  const [result] = useQuery({ query: CaseMaterialsQuery, variables: { caseId: props.caseId } });
  const [opened, setOpened] = useState<Record<string, string>>({});
  const [error, setError] = useState<CombinedError | null>(null);
  const open = async (id: string) => {
    const read = await client
      .query(MaterialContentQuery, { caseId: props.caseId, id }, { requestPolicy: 'network-only' })
      .toPromise();
    setError(read.error ?? null);
    const content = read.data?.materialContent;
    if (content) {
      const type = content.material.contentType ?? 'application/octet-stream';
      setOpened((before) => ({ ...before, [id]: `data:${type};base64,${content.base64}` }));
    }
  };
  const materials = (result.data?.case?.applicant?.materials?.nodes ?? []).filter((material) =>
    props.codes.includes(material.materialType.code),
  );
  if (materials.length === 0) return null;
  return (
    <table className="case-materials">
      <tbody>
        {materials.map((material) => (
          <tr key={material.id} data-case-material={material.materialType.code}>
            <td>{material.materialType.name}</td>
            <td>{material.fileName}</td>
            <td>
              {opened[material.id] ? (
                <a
                  data-testid="material-download"
                  href={opened[material.id]}
                  download={material.fileName ?? material.materialType.code}
                >
                  {t('download')}
                </a>
              ) : (
                <button onClick={() => open(material.id)}>{t('openMaterial')}</button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
      {error ? (
        <caption>
          <ErrorBox error={error} />
        </caption>
      ) : null}
    </table>
  );
}

export function Desk() {
  const t = useT();
  const { session } = useSession();
  const departmentCode = session?.departmentCode;
  if (
    !departmentCode ||
    !hasRole(session, 'WINDOW_CLERK', 'DEPARTMENT_REVIEWER', 'CHIEF_REPRESENTATIVE')
  ) {
    return <p className="empty">{t('needRole')}</p>;
  }
  return (
    <>
      <DepartmentDesk key={departmentCode} departmentCode={departmentCode} />
      {hasRole(session, 'DEPARTMENT_REVIEWER') && <MaterialReviews />}
      {hasRole(session, 'DEPARTMENT_REVIEWER', 'CHIEF_REPRESENTATIVE') && <FollowUps canRespond />}
    </>
  );
}

function DepartmentDesk({ departmentCode }: { departmentCode: string }) {
  const t = useT();
  const operations = useMemo(() => deskOperations(departmentCode), [departmentCode]);
  const [showAll, setShowAll] = useState(false);
  const [result, refetch] = useQuery({
    query: operations.tasks,
    variables: {},
    requestPolicy: 'network-only',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Section title={`${t('desk')} · ${departmentCode}`}>
      <div className="row">
        <label>
          <input type="checkbox" checked={showAll} onChange={() => setShowAll(!showAll)} />{' '}
          {t('allTasks')}
        </label>
        <button className="link" onClick={reload} data-testid="desk-reload">
          ↻
        </button>
      </div>
      <h3>{showAll ? t('allTasks') : t('openTasks')}</h3>
      <Result result={result}>
        {(data) => {
          const tasks = data.tasks.nodes
            .filter((task) => showAll || !closed.includes(task.status))
            .sort((a, b) => a.deadlineOn.localeCompare(b.deadlineOn));
          if (tasks.length === 0) return <p className="empty">{t('empty')}</p>;
          return tasks.map((task) => (
            <DeskTask key={task.id} task={task} operations={operations} onDone={reload} />
          ));
        }}
      </Result>
    </Section>
  );
}

function DeskTask(props: {
  task: DeskReviewFragment;
  operations: ReturnType<typeof deskOperations>;
  onDone(): void;
}) {
  const t = useT();
  const { session } = useSession();
  const { task, operations } = props;
  const [opinion, setOpinion] = useState('');
  const [minutes, setMinutes] = useState('');
  const [reason, setReason] = useState('');
  const [material, setMaterial] = useState(task.materialTypeCodes[0] ?? '');
  const [accepted, accept] = useMutation(operations.accept);
  const [reviewed, review] = useMutation(operations.review);
  const [met, meeting] = useMutation(operations.meeting);
  const [asked, supplement] = useMutation(operations.supplement);
  const [rejected, reject] = useMutation(operations.reject);
  const [signed, sign] = useMutation(operations.sign);
  const error =
    accepted.error ?? reviewed.error ?? met.error ?? asked.error ?? rejected.error ?? signed.error;
  const after = (promise: Promise<{ error?: unknown }>) =>
    promise.then((result) => {
      if (!result.error) props.onDone();
    });
  const reviewer = hasRole(session, 'DEPARTMENT_REVIEWER');
  const clerk = hasRole(session, 'WINDOW_CLERK');
  const chief = hasRole(session, 'CHIEF_REPRESENTATIVE');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="task" data-case={task.caseReference} data-status={task.status}>
      <header>
        <span className="mono">{task.caseReference}</span> <Status value={task.status} /> ·{' '}
        {t('deadline')} {task.deadlineOn}
      </header>
      <p>{task.items.map((item) => `${item.code} ${item.name}`).join(' · ')}</p>
      {task.opinion && (
        <p>
          {t('opinion')}: {task.opinion}
        </p>
      )}
      {task.meeting && (
        <p>
          {t('meeting')}: {task.meeting.heldOn} {task.meeting.minutes}
        </p>
      )}
      {task.rejectionReasons.length > 0 && (
        <p>
          {t('reasons')}: {task.rejectionReasons.join('; ')}
        </p>
      )}
      {task.licence && (
        <p>
          {t('licences')}: <span className="mono">{task.licence.serial}</span>
        </p>
      )}
      {reviewer && !closed.includes(task.status) && task.status !== 'OPEN' && (
        <CaseMaterials caseId={task.caseId} codes={task.materialTypeCodes} />
      )}
      <div className="actions">
        {task.status === 'OPEN' && (clerk || reviewer) && (
          <button onClick={() => after(accept({ taskId: task.id }))}>{t('accept')}</button>
        )}
        {task.status === 'ACCEPTED' && reviewer && (
          <form
            className="row"
            onSubmit={(event) => {
              event.preventDefault();
              void after(review({ taskId: task.id, opinion }));
            }}
          >
            <input
              name="opinion"
              placeholder={t('opinion')}
              value={opinion}
              onChange={(event) => setOpinion(event.target.value)}
            />
            <button type="submit">{t('review')}</button>
          </form>
        )}
        {task.status === 'REVIEWED' && reviewer && task.meetingRequired && !task.meeting && (
          <form
            className="row"
            onSubmit={(event) => {
              event.preventDefault();
              void after(meeting({ taskId: task.id, heldOn: today, minutes }));
            }}
          >
            <input
              name="minutes"
              placeholder={t('meeting')}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
            <button type="submit">{t('record')}</button>
          </form>
        )}
        {['ACCEPTED', 'REVIEWED'].includes(task.status) && reviewer && (
          <form
            className="row"
            onSubmit={(event) => {
              event.preventDefault();
              const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement;
              if (submitter?.value === 'supplement') {
                void after(
                  supplement({
                    taskId: task.id,
                    requests: [{ materialTypeCode: material, reason }],
                  }),
                );
              } else {
                void after(reject({ taskId: task.id, reasons: [reason] }));
              }
            }}
          >
            <input
              name="reason"
              placeholder={t('reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <select
              name="supplementMaterial"
              value={material}
              onChange={(event) => setMaterial(event.target.value)}
            >
              {task.materialTypeCodes.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
            <button type="submit" value="supplement">
              {t('requestSupplement')}
            </button>
            <button type="submit" value="reject" className="danger">
              {t('reject')}
            </button>
          </form>
        )}
        {task.status === 'REVIEWED' && chief && (
          <button onClick={() => after(sign({ taskId: task.id }))}>{t('sign')}</button>
        )}
      </div>
      <ErrorBox error={error} />
      <details>
        <summary>{t('timeline')}</summary>
        <ol className="timeline">
          {task.timeline.map((step) => (
            <li key={step.id}>
              <time>{t.date(step.at)}</time> <strong>{t.status(step.kind)}</strong> {step.by}{' '}
              {step.note}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
