import { useEffect, useState } from 'react';
import { onUploadProgress } from '../client';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../auth';
import { useT } from '../i18n';
import { ErrorBox, Result, Section, Status } from '../ui';
import { CaseView } from './CaseView';
import { UploadMutation } from '../materials';

const ApplicantQuery = graphql(`
  query ApplicantHome($ownRecords: Boolean!) {
    myApplicant {
      id
      name
      identifier
      materials(currentOnly: true, first: 50) @include(if: $ownRecords) {
        nodes {
          id
          status
          fileName
          submittedAt
          materialType {
            code
            name
          }
          review {
            decision
            problems
            reviewerName
          }
        }
      }
      contentReads(first: 20) @include(if: $ownRecords) {
        nodes {
          id
          purpose
          readerName
          readerSubject
          readAt
          department {
            code
          }
          material {
            materialType {
              code
            }
          }
        }
      }
    }
    materialTypes(first: 50) {
      nodes {
        code
        name
      }
    }
    bundles(first: 20) {
      nodes {
        code
        name
        description
        timeLimitDays
        departments {
          code
          name
        }
      }
    }
  }
`);

const MyCasesQuery = graphql(`
  query MyCases {
    myCases(first: 50) {
      nodes {
        id
        reference
        title
        status
        deadlineOn
      }
    }
  }
`);

const ApplyMutation = graphql(`
  mutation ApplyOnline($input: ApplicationInput!) {
    applyOnline(input: $input) {
      id
      reference
      status
    }
  }
`);

const RateMutation = graphql(`
  mutation RateCase($input: RateCaseInput!) {
    rateCase(input: $input) {
      score
    }
  }
`);

const RegisterMyApplicant = graphql(`
  mutation RegisterMyApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      id
      name
      identifier
    }
  }
`);

/** An applicant account acting for nobody yet registers its own enterprise or person, once. */
function SelfRegistration(props: { onRegistered: () => void }) {
  const t = useT();
  const [registered, register] = useMutation(RegisterMyApplicant);
  const [kind, setKind] = useState<'ENTERPRISE' | 'PERSON'>('ENTERPRISE');
  const [name, setName] = useState('');
  const [identifier, setIdentifier] = useState('');
  return (
    <form
      data-testid="self-registration"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await register({ input: { kind, name, identifier } });
        if (result.data?.registerApplicant) props.onRegistered();
      }}
    >
      <p>{t('selfRegisterHint')}</p>
      <div className="row">
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as 'ENTERPRISE' | 'PERSON')}
        >
          <option value="ENTERPRISE">{t('enterprise')}</option>
          <option value="PERSON">{t('person')}</option>
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
        <button type="submit" disabled={registered.fetching}>
          {t('selfRegister')}
        </button>
      </div>
      <ErrorBox error={registered.error} />
    </form>
  );
}

export const newIdempotencyKey = () =>
  `web-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;

/** The applicant's home: materials entered once, bundles to apply for, cases to follow. */
export function Applicant() {
  const t = useT();
  const [selected, setSelected] = useState<string | null>(null);
  const { session } = useSession();
  // Materials and the sharing log are the token's applicant's: an account that registered online
  // reads them once the identity provider's token names that applicant.
  const [home, refetchHome] = useQuery({
    query: ApplicantQuery,
    variables: { ownRecords: Boolean(session?.applicantId) },
  });
  const [cases, refetchCases] = useQuery({ query: MyCasesQuery, requestPolicy: 'network-only' });
  const [uploaded, upload] = useMutation(UploadMutation);
  const [applied, apply] = useMutation(ApplyMutation);
  const [rated, rate] = useMutation(RateMutation);
  const [typeCode, setTypeCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [comment, setComment] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  useEffect(() => onUploadProgress(setProgress), []);

  if (selected) {
    return (
      <>
        <CaseView id={selected} applicant onBack={() => setSelected(null)} />
        <Section title={t('rate')}>
          <div className="row">
            <input
              name="comment"
              placeholder={t('comment')}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
            {[5, 4, 3, 2, 1].map((score) => (
              <button
                key={score}
                data-score={score}
                disabled={rated.fetching || Boolean(rated.data)}
                onClick={() => rate({ input: { caseId: selected, score, comment } })}
              >
                {'★'.repeat(score)}
              </button>
            ))}
          </div>
          {rated.data && <span> ✔ {t('done')}</span>}
          <ErrorBox error={rated.error} />
        </Section>
      </>
    );
  }

  return (
    <Result result={home}>
      {({ myApplicant, materialTypes, bundles }) => (
        <>
          <Section title={t('myApplicant')}>
            {myApplicant ? (
              <p>
                {myApplicant.name} · <span className="mono">{myApplicant.identifier}</span>
              </p>
            ) : (
              <SelfRegistration
                onRegistered={() => refetchHome({ requestPolicy: 'network-only' })}
              />
            )}
          </Section>
          <Section title={t('myCases')} id="my-cases">
            <Result result={cases} isEmpty={(data) => !data.myCases?.nodes.length}>
              {(data) => (
                <table>
                  <tbody>
                    {data.myCases!.nodes.map((kase) => (
                      <tr key={kase.id} data-reference={kase.reference}>
                        <td className="mono">{kase.reference}</td>
                        <td>{kase.title}</td>
                        <td>
                          <Status value={kase.status} />
                        </td>
                        <td>{kase.deadlineOn}</td>
                        <td>
                          <button onClick={() => setSelected(kase.id)}>{t('open')}</button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Result>
          </Section>
          <Section title={t('bundles')}>
            <ul className="bundles">
              {(bundles?.nodes ?? []).map((bundle) => (
                <li key={bundle.code} data-bundle={bundle.code}>
                  <strong>{bundle.name}</strong> ({bundle.timeLimitDays} d) —{' '}
                  {bundle.departments.map((d) => d.name).join(' · ')}
                  <p>{bundle.description}</p>
                  <button
                    disabled={applied.fetching}
                    onClick={async () => {
                      const result = await apply({
                        input: {
                          subjectKind: 'BUNDLE',
                          subjectCode: bundle.code,
                          title: bundle.name,
                          idempotencyKey: newIdempotencyKey(),
                        },
                      });
                      if (result.data?.applyOnline) {
                        refetchCases({ requestPolicy: 'network-only' });
                        setSelected(result.data.applyOnline.id);
                      }
                    }}
                  >
                    {t('apply')}
                  </button>
                </li>
              ))}
            </ul>
            <ErrorBox error={applied.error} />
          </Section>
          <Section title={t('materials')}>
            {myApplicant && (
              <form
                className="row"
                onSubmit={async (event) => {
                  event.preventDefault();
                  if (!file || !typeCode) return;
                  const result = await upload({
                    applicantId: myApplicant.id,
                    materialTypeCode: typeCode,
                    file,
                  });
                  if (!result.error) refetchHome({ requestPolicy: 'network-only' });
                }}
              >
                <select
                  name="materialType"
                  value={typeCode}
                  onChange={(event) => setTypeCode(event.target.value)}
                >
                  <option value="">{t('materialType')}</option>
                  {(materialTypes?.nodes ?? []).map((type) => (
                    <option key={type.code} value={type.code}>
                      {type.name}
                    </option>
                  ))}
                </select>
                <input
                  type="file"
                  name="file"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
                <button type="submit" disabled={uploaded.fetching || !file || !typeCode}>
                  {uploaded.fetching ? t('uploading') : t('upload')}
                </button>
                {uploaded.fetching && (
                  <progress data-testid="upload-progress" max={1} value={progress ?? undefined} />
                )}
              </form>
            )}
            <ErrorBox error={uploaded.error} />
            {myApplicant?.materials?.nodes.length ? (
              <table>
                <tbody>
                  {myApplicant.materials.nodes.map((material) => (
                    <tr key={material.id} data-material={material.materialType.code}>
                      <td>{material.materialType.name}</td>
                      <td>{material.fileName}</td>
                      <td>
                        <Status value={material.status} />
                      </td>
                      <td>
                        {material.review?.reviewerName} {material.review?.problems.join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="empty">{t('empty')}</p>
            )}
          </Section>
          <Section title={t('reads')}>
            {myApplicant?.contentReads?.nodes.length ? (
              <ul>
                {myApplicant.contentReads.nodes.map((read) => (
                  <li
                    key={read.id}
                    data-read={read.material.materialType.code}
                    data-department={read.department?.code}
                  >
                    {t.date(read.readAt)} · {read.department?.code} ·{' '}
                    {read.readerName ?? read.readerSubject} · {read.material.materialType.code} ·{' '}
                    {read.purpose}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">{t('empty')}</p>
            )}
          </Section>
        </>
      )}
    </Result>
  );
}
