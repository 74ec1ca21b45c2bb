import { createHash } from 'node:crypto';
import { at, events, newId, startSupervisionHub, type SupervisionHub } from './scenario';

let hub: SupervisionHub & { restoreClock(): void };

beforeAll(async () => {
  hub = await startSupervisionHub();
  const applicantId = newId();
  for (let i = 0; i < 5; i += 1) {
    await hub.publish(
      events.caseSubmitted({
        caseId: newId(),
        applicantId,
        departments: ['DRC'],
        at: at('2026-03-02'),
      }),
    );
  }
});

afterAll(async () => {
  hub?.restoreClock();
  await hub?.stop();
});

const verify = /* GraphQL */ `
  {
    auditChainVerification {
      valid
      entriesChecked
      firstBrokenSequence
      firstBrokenEventPosition
      reason
      headHash
    }
  }
`;

const exportRange = /* GraphQL */ `
  query ($from: String!, $to: String!) {
    auditExport(fromSequence: $from, toSequence: $to) {
      algorithm
      anchorHash
      headHash
      entries {
        sequence
        eventPosition
        topic
        key
        producer
        occurredAt
        canonicalPayload
        previousHash
        hash
      }
    }
  }
`;

describe('the audit log', () => {
  it('holds every event in a sound chain', async () => {
    const [{ n }] = await hub.sql('select count(*)::int as n from events.event');
    const response = await hub.query('supervisor', verify);
    expect(response.data.auditChainVerification).toMatchObject({
      valid: true,
      entriesChecked: n,
      firstBrokenSequence: null,
    });
  });

  it('exports a range anyone can check with SHA-256 alone', async () => {
    const response = await hub.query('supervisor', exportRange, { from: '2', to: '4' });
    const exported = response.data.auditExport;
    expect(exported.entries.map((e: { sequence: string }) => e.sequence)).toEqual(['2', '3', '4']);
    let previous = exported.anchorHash;
    for (const entry of exported.entries) {
      const text = [
        previous,
        entry.sequence,
        entry.eventPosition,
        entry.topic,
        entry.key,
        entry.producer,
        new Date(entry.occurredAt).toISOString(),
        entry.canonicalPayload,
      ].join('\n');
      expect(entry.previousHash).toBe(previous);
      expect(createHash('sha256').update(text).digest('hex')).toBe(entry.hash);
      previous = entry.hash;
    }
    expect(exported.headHash).toBe(previous);
  });

  it('refuses bad ranges and other roles', async () => {
    const tooLong = await hub.query('supervisor', exportRange, { from: '1', to: '1001' });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const backwards = await hub.query('supervisor', exportRange, { from: '3', to: '2' });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const coordinator = await hub.query('coordinator', verify);
    expect(coordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('catches a delivered event whose entry is gone, though every link holds', async () => {
    // The newest entry removed: what is left still links up, but its event was delivered.
    const [head] = await hub.sql(
      `delete from audit_entry
        where sequence = (select max(sequence) from audit_entry)
        returning event_position::text as position`,
    );
    const response = await hub.query('supervisor', verify);
    expect(response.data.auditChainVerification).toMatchObject({
      valid: false,
      firstBrokenSequence: null,
      firstBrokenEventPosition: head.position,
      reason: 'MISSING_EVENT',
    });
  });

  it('names the first entry edited by hand in the database', async () => {
    await hub.sql(
      `update audit_entry set payload = jsonb_set(payload, '{applicantId}', '"someone-else"')
        where sequence = 3`,
    );
    const [{ position }] = await hub.sql(
      'select event_position::text as position from audit_entry where sequence = 3',
    );
    const response = await hub.query('supervisor', verify);
    expect(response.data.auditChainVerification).toEqual({
      valid: false,
      entriesChecked: 2,
      firstBrokenSequence: '3',
      firstBrokenEventPosition: position,
      reason: 'CONTENT_CHANGED',
      headHash: null,
    });
  });

  it('catches a rewrite that recomputed the edited hash: the next link breaks', async () => {
    const [entry] = await hub.sql(`select hash from audit_entry where sequence = 3`);
    await hub.sql(`update audit_entry set hash = ? where sequence = 3`, [
      createHash('sha256').update('forged').digest('hex'),
    ]);
    await hub.sql(`update audit_entry set payload = payload where sequence = 3`);
    const response = await hub.query('supervisor', verify);
    expect(response.data.auditChainVerification.firstBrokenSequence).toBe('3');
    expect(entry.hash).not.toBeNull();
  });

  it('catches a deleted entry', async () => {
    await hub.sql('delete from audit_entry where sequence between 3 and 3');
    const response = await hub.query('supervisor', verify);
    expect(response.data.auditChainVerification).toMatchObject({
      valid: false,
      firstBrokenSequence: '4',
      reason: 'MISSING_ENTRY',
    });
  });
});
