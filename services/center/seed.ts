import type { EntityManager } from '@mikro-orm/postgresql';
import { bundlePublishedPayload } from './bundle/bundle-published';
import {
  clock,
  calendarChangedTopic,
  publishEvent,
  replaceCalendarYear,
  staffTopics,
  type CalendarChangedPayload,
  type CalendarDay as CalendarDayValue,
} from '../kit';
import { Bundle } from './bundle/bundle.entity';
import { CalendarDay } from './calendar/calendar-day.entity';
import { createDepartment } from './department/create-department';
import { Department } from './department/department.entity';
import { ChiefRepresentative } from './chief-representative/chief-representative.entity';
import { FeeEntry } from './fee/fee-entry.entity';
import { FeeEntryStatus } from './fee/fee-entry-status';
import { Item } from './item/item.entity';
import { ItemFee } from './item/item-fee.entity';
import { ItemMaterial } from './item/item-material.entity';
import { ItemStatus } from './item/item-status';
import { itemPublishedPayload } from './item/item-published';
import { Seal } from './seal/seal.entity';
import { SealStatus } from './seal/seal-status';
import { readSealPublicKey } from './seal/public-key';
import { sealRegisteredPayload } from './seal/seal-events';
import { createSection } from './section/create-section';
import { Section } from './section/section.entity';
import { StaffMember } from './staff/staff-member.entity';
import { StaffDuty } from './staff/staff-duty';
import { Training } from './staff/training.entity';
import { WorkPermit } from './staff/work-permit.entity';
import { createWindow } from './window/create-window';
import { ServiceWindow } from './window/window.entity';
import calendar2026 from './seed/calendar-cn-2026.json';
import { demoBundles, demoFeeEntries, demoItems } from './seed/demo-catalog';
import {
  demoChiefRepresentatives,
  demoSections,
  demoStaff,
  demoTraining,
  demoWindows,
} from './seed/demo-organization';
import { demoSealPublicKey } from './seed/demo-seal-keys';

export const demoDepartments = [
  { code: 'DRC', name: 'Development and Reform Commission' },
  { code: 'NRP', name: 'Bureau of Natural Resources and Planning' },
  { code: 'EEB', name: 'Bureau of Ecology and Environment' },
  { code: 'HCB', name: 'Bureau of Housing and Urban-Rural Construction' },
  { code: 'AMR', name: 'Administration for Market Regulation' },
];

const seeder = 'demo-center-admin';

const calendarDays = (): CalendarDayValue[] =>
  [
    ...calendar2026.holidays.flatMap((holiday) =>
      holiday.dates.map((date) => ({ date, kind: 'HOLIDAY' as const, name: holiday.name })),
    ),
    ...calendar2026.makeUpWorkingDays.map((day) => ({
      date: day.date,
      kind: 'MAKE_UP_WORKING_DAY' as const,
      name: day.name,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));

/**
 * Demo data of the center. Whatever already exists is left alone and only what is new is
 * announced, so a second run writes nothing and publishes nothing.
 */
export async function seedCenter(em: EntityManager): Promise<void> {
  // The organization is set up as the center admin sets it up through the graph: the same use
  // cases, their checks and the events they announce (materials learns the departments so).
  for (const department of demoDepartments) {
    if (!(await em.findOne(Department, { code: department.code }))) {
      await createDepartment(em, department);
    }
  }
  for (const section of demoSections) {
    if (!(await em.findOne(Section, { code: section.code }))) await createSection(em, section);
  }
  for (const window of demoWindows) {
    if (!(await em.findOne(ServiceWindow, { number: window.number }))) {
      await createWindow(em, window);
    }
  }

  await em.transactional(async (tx) => {
    const now = clock.now();
    for (const { approved, ...entry } of demoFeeEntries) {
      if (await tx.findOne(FeeEntry, { code: entry.code })) continue;
      tx.create(FeeEntry, {
        ...entry,
        status: approved ? FeeEntryStatus.APPROVED : FeeEntryStatus.PROPOSED,
        proposedBy: seeder,
        approvedBy: approved ? 'demo-fee-auditor' : null,
        approvedAt: approved ? now : null,
        createdAt: now,
      });
      // Announced as a fee auditor's approval is, so supervision judges fees against it.
      if (approved) {
        await publishEvent(tx, {
          topic: 'center.fee-entry.approved',
          key: entry.code,
          payload: {
            code: entry.code,
            name: entry.name,
            standard: entry.standard,
            legalBasis: entry.legalBasis,
          },
        });
      }
    }
    await tx.flush();

    for (const { permit, ...person } of demoStaff) {
      if (await tx.findOne(StaffMember, { subject: person.subject })) continue;
      tx.create(StaffMember, {
        ...person,
        duty: person.duty as StaffDuty,
        registeredBy: seeder,
        createdAt: now,
      });
      await tx.flush();
      tx.create(WorkPermit, { ...permit, subject: person.subject, issuedBy: seeder } as never);
      tx.create(Training, { ...demoTraining, subject: person.subject } as never);
      await tx.flush();
      await publishEvent(tx, {
        topic: staffTopics.registered,
        key: person.subject,
        payload: { ...person, sectionCode: person.sectionCode },
      });
      await publishEvent(tx, {
        topic: staffTopics.permitIssued,
        key: person.subject,
        payload: { ...permit, subject: person.subject },
      });
    }

    for (const demo of demoItems) {
      if (await tx.findOne(Item, { code: demo.code })) continue;
      const section = demoSections.find((s) => s.code === demo.sectionCode)!;
      const item = tx.create(Item, {
        code: demo.code,
        version: 1,
        departmentCode: section.departmentCode,
        sectionCode: demo.sectionCode,
        name: demo.name,
        kind: demo.kind,
        legalBasis: demo.legalBasis,
        statutoryLimitDays: demo.statutoryLimitDays,
        promisedLimitDays: demo.promisedLimitDays,
        steps: demo.steps,
        joint: demo.joint ?? false,
        meetingBeforeSign: demo.meetingBeforeSign ?? false,
        status: ItemStatus.PUBLISHED,
        returnReasons: [],
        proposedBy: `staff-${section.departmentCode.toLowerCase()}-reviewer`,
        reviewedBy: 'demo-legal-office',
        reviewedAt: now,
        publishedBy: seeder,
        publishedAt: now,
        createdAt: now,
      } as never);
      await tx.flush();
      demo.materials.forEach((material, position) =>
        tx.create(ItemMaterial, { itemId: item.id, position, ...material }),
      );
      for (const feeCode of demo.feeCodes) tx.create(ItemFee, { itemId: item.id, feeCode });
      await tx.flush();
      await publishEvent(tx, {
        topic: 'center.item.published',
        key: item.code,
        payload: await itemPublishedPayload(tx, item),
      });
    }

    for (const rep of demoChiefRepresentatives) {
      if (await tx.findOne(ChiefRepresentative, { documentNumber: rep.documentNumber })) continue;
      const created = tx.create(ChiefRepresentative, {
        ...rep,
        authorizedBy: seeder,
        createdAt: now,
      } as never);
      await tx.flush();
      await publishEvent(tx, {
        topic: staffTopics.representativeAuthorized,
        key: rep.departmentCode,
        payload: { id: created.id, ...rep },
      });
    }

    for (const { code } of demoDepartments) {
      if (await tx.findOne(Seal, { departmentCode: code })) continue;
      const { publicKey, fingerprint } = readSealPublicKey(demoSealPublicKey(code));
      const seal = tx.create(Seal, {
        departmentCode: code,
        name: `${code} approval seal (demo key)`,
        publicKey,
        keyFingerprint: fingerprint,
        status: SealStatus.ACTIVE,
        registeredBy: seeder,
        registeredAt: now,
      } as never);
      await tx.flush();
      await publishEvent(tx, {
        topic: 'center.seal.registered',
        key: code,
        payload: sealRegisteredPayload(seal),
      });
    }

    for (const demo of demoBundles) {
      if (await tx.findOne(Bundle, { code: demo.code })) continue;
      const bundle = tx.create(Bundle, {
        ...demo,
        version: 1,
        publishedBy: seeder,
        publishedAt: now,
        createdAt: now,
      });
      await tx.flush();
      const items = await tx.find(Item, {
        code: { $in: demo.itemCodes },
        status: ItemStatus.PUBLISHED,
      });
      await publishEvent(tx, {
        topic: 'center.bundle.published',
        key: bundle.code,
        payload: bundlePublishedPayload(bundle, items, demo.prerequisites),
      });
    }

    if ((await tx.count(CalendarDay, { date: { $gte: '2026-01-01', $lte: '2026-12-31' } })) === 0) {
      const payload: CalendarChangedPayload = { year: 2026, days: calendarDays() };
      await replaceCalendarYear(tx, 'calendar_day', payload);
      await publishEvent(tx, { topic: calendarChangedTopic, key: '2026', payload });
    }
  });
}
