import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { ErrorBox, Loading, Section } from '../ui';

const LicenceQuery = graphql(`
  query LicenceCheck($serial: String!) {
    licence(serial: $serial) {
      serial
      title
      holderName
      items {
        code
        name
      }
      departmentName
      department {
        code
        name
      }
      issuedAt
      validUntil
      signatureValid
      expired
      valid
    }
  }
`);

/** Public: anyone (a citizen, a bank) checks a licence by its serial, signed in or not. */
export function LicenceCheck() {
  const t = useT();
  const [input, setInput] = useState('');
  const [serial, setSerial] = useState('');
  const [result] = useQuery({
    query: LicenceQuery,
    variables: { serial },
    pause: !serial,
    requestPolicy: 'network-only',
  });
  const licence = result.data?.licence;
  return (
    <Section title={t('licenceCheck')}>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          setSerial(input.trim());
        }}
      >
        <label>
          {t('serial')}{' '}
          <input
            name="serial"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            placeholder="DRC-2026-000001"
          />
        </label>
        <button type="submit">{t('check')}</button>
      </form>
      {serial && result.fetching && <Loading />}
      <ErrorBox error={result.error} />
      {serial && result.data && !licence && <p className="verdict bad">{t('noLicence')}</p>}
      {licence && (
        <div className="licence-result">
          <p className={`verdict ${licence.valid ? 'good' : 'bad'}`} data-testid="verdict">
            {licence.valid ? t('genuine') : licence.signatureValid ? t('expired') : t('notGenuine')}
          </p>
          <dl>
            <dt>{t('serial')}</dt>
            <dd>{licence.serial}</dd>
            <dt>{t('title')}</dt>
            <dd>{licence.title ?? '—'}</dd>
            <dt>{t('holder')}</dt>
            <dd>{licence.holderName ?? '—'}</dd>
            <dt>{t('department')}</dt>
            <dd>
              {licence.departmentName ?? licence.department?.name ?? licence.department?.code}
            </dd>
            <dt>{t('item')}</dt>
            <dd>{licence.items.map((item) => `${item.code} ${item.name ?? ''}`).join(' · ')}</dd>
            <dt>{t('issuedAt')}</dt>
            <dd>{t.date(licence.issuedAt)}</dd>
            <dt>{t('validUntil')}</dt>
            <dd>{t.date(licence.validUntil)}</dd>
          </dl>
        </div>
      )}
    </Section>
  );
}
