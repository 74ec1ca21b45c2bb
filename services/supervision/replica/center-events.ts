import type { EntityManager } from '@mikro-orm/postgresql';
import {
  calendarReplicaTable,
  replaceCalendarYear,
  sql,
  staffReplicaHandlers,
  type TopicHandlers,
} from '../../kit';
import { loadClockContext, type ClockContext } from '../clock/clock-context';
import { refreshOpenClocks } from '../clock/refresh-open-clocks';
import { judgeFees } from '../violation/judge-fees';

type CenterTopic =
  | keyof typeof staffReplicaHandlers
  | 'center.calendar.changed'
  | 'center.fee-entry.approved'
  | 'center.fee-entry.withdrawn'
  | 'center.item.published';

/**
 * The center's facts supervision judges by. They are applied by supervision's one consumer, in
 * the same order as the acts they judge, so an act is never judged against a stale replica.
 */
export const centerHandlers: TopicHandlers<CenterTopic, [EntityManager, ClockContext]> = {
  ...staffReplicaHandlers,

  async 'center.calendar.changed'(event, em) {
    await replaceCalendarYear(em, calendarReplicaTable, event.payload);
    await refreshOpenClocks(em, await loadClockContext(em));
  },

  async 'center.fee-entry.approved'(event, em) {
    await sql(
      em,
      `insert into fee_catalog_entry (code, approved) values (?, true)
       on conflict (code) do update set approved = true`,
      [event.payload.code],
    );
  },

  async 'center.fee-entry.withdrawn'(event, em) {
    await sql(
      em,
      `insert into fee_catalog_entry (code, approved) values (?, false)
       on conflict (code) do update set approved = false`,
      [event.payload.code],
    );
  },

  async 'center.item.published'(event, em) {
    const p = event.payload;
    const fees: { code: string }[] = Array.isArray(p.fees) ? p.fees : [];
    await judgeFees(em, event, {
      charges: fees.map((fee) => ({ itemCode: p.code, feeCode: fee.code })),
      assessed: null,
      subjectKey: (fee) => `item:${p.code}@${p.version}:${fee.feeCode}`,
      departmentCode: p.departmentCode ?? null,
      person: null,
    });
  },
};
