import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, localDate, notFound, permitProblem, representativeActiveOn } from '../../kit';
import { ChiefRepresentative } from '../chief-representative/chief-representative.entity';
import { Department } from '../department/department.entity';
import { Item } from '../item/item.entity';
import { ItemStatus } from '../item/item-status';
import { maxStepsOfItem } from '../item/item-step';
import { Seal } from '../seal/seal.entity';
import { SealStatus } from '../seal/seal-status';
import { Section, maxSectionsPerDepartment } from '../section/section.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffDuty } from '../staff/staff-duty';
import { WorkPermit } from '../staff/work-permit.entity';
import { type ComplianceCheck, type ComplianceReport, ComplianceRule } from './compliance-report';

const check = (
  rule: ComplianceRule,
  passed: boolean,
  detail: string,
  failing: string[] = [],
): ComplianceCheck => ({ rule, passed, detail, failing });

/** The reform inspection and acceptance report of one department, as of now. */
export async function inspectDepartment(
  em: EntityManager,
  departmentCode: string,
): Promise<ComplianceReport> {
  const department = await em.findOne(Department, { code: departmentCode });
  if (!department) throw notFound('Department', departmentCode);
  const now = clock.now();
  const today = localDate(now);
  const [sections, items, reps, staff, seal] = await Promise.all([
    em.find(Section, { departmentCode }, { orderBy: { code: 'asc' } }),
    em.find(
      Item,
      { departmentCode, status: { $ne: ItemStatus.SUPERSEDED } },
      { orderBy: { code: 'asc', version: 'asc' } },
    ),
    em.find(ChiefRepresentative, { departmentCode, revokedAt: null }),
    em.find(StaffMember, { departmentCode }, { orderBy: { subject: 'asc' } }),
    em.findOne(Seal, { departmentCode, status: SealStatus.ACTIVE }),
  ]);
  const permits = await em.find(WorkPermit, { subject: { $in: staff.map((s) => s.subject) } });
  const certified = (subject: string) =>
    permits.some((p) => p.subject === subject && permitProblem(p, today, now) === null);

  const published = items.filter((item) => item.status === ItemStatus.PUBLISHED);
  const longItems = published.filter((i) => !i.joint && i.steps.length > maxStepsOfItem);
  const rep = reps.find((r) => representativeActiveOn(r, today, now));
  const clerks = staff.filter((s) => s.duty === StaffDuty.WINDOW_CLERK);
  const uncertified = clerks.filter((clerk) => !certified(clerk.subject));
  const allCodes = [...new Set(items.map((item) => item.code))];
  const unpublished = allCodes.filter((code) => !published.some((i) => i.code === code));

  const checks = [
    check(
      ComplianceRule.SECTIONS_AT_MOST_THREE,
      sections.length <= maxSectionsPerDepartment,
      `${sections.length} approval section(s).`,
      sections.length > maxSectionsPerDepartment ? sections.map((s) => s.code) : [],
    ),
    check(
      ComplianceRule.ITEMS_AT_MOST_THREE_STEPS,
      longItems.length === 0,
      `${longItems.length} published item(s) that are not joint have more than ${maxStepsOfItem} steps.`,
      longItems.map((item) => item.code),
    ),
    rep
      ? check(
          ComplianceRule.CHIEF_REPRESENTATIVE_AUTHORIZED,
          certified(rep.subject),
          certified(rep.subject)
            ? `${rep.subject} is authorized until ${rep.validTo}.`
            : `${rep.subject} is authorized but holds no valid work permit.`,
          certified(rep.subject) ? [] : [rep.subject],
        )
      : check(
          ComplianceRule.CHIEF_REPRESENTATIVE_AUTHORIZED,
          false,
          'No chief representative is authorized today.',
        ),
    check(
      ComplianceRule.WINDOW_CLERKS_CERTIFIED,
      clerks.length > 0 && uncertified.length === 0,
      clerks.length === 0
        ? 'No window clerk is registered.'
        : `${clerks.length - uncertified.length} of ${clerks.length} window clerk(s) hold a valid work permit.`,
      uncertified.map((clerk) => clerk.subject),
    ),
    check(
      ComplianceRule.SEAL_REGISTERED,
      seal !== null,
      seal ? `Seal ${seal.keyFingerprint.slice(0, 16)}… is active.` : 'No active approval seal.',
    ),
    check(
      ComplianceRule.ITEMS_PUBLISHED,
      published.length > 0 && unpublished.length === 0,
      `${new Set(published.map((i) => i.code)).size} of ${allCodes.length} item(s) have a version in force.`,
      unpublished,
    ),
  ];
  return { department, passed: checks.every((c) => c.passed), checks };
}
