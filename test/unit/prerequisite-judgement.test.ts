import type { PrerequisitesCheckedPayload } from '../../services/contracts';
import { judgePrerequisites } from '../../services/approvals/join/judge-prerequisites';
import { prerequisiteVerdict } from '../../services/materials/prerequisite/judge-verdict';
import { PrerequisiteVerdict } from '../../services/materials/prerequisite/prerequisite-verdict';
import { RequirementState } from '../../services/materials/prerequisite/requirement-state';

type Checked = PrerequisitesCheckedPayload['requirements'][number];

const requirement = (
  materialTypeCode: string,
  core: boolean,
  mayBeMissingAtAcceptance = false,
) => ({
  materialTypeCode,
  core,
  mayBeMissingAtAcceptance,
});

const checked = (materialTypeCode: string, state: Checked['state'], problems: string[] = []) => ({
  materialTypeCode,
  state,
  materialVersionId: state === 'VERIFIED' ? `${materialTypeCode}-v1` : null,
  problems,
});

describe("materials' verdict of the one-time check", () => {
  const { VERIFIED, PENDING, MISSING, REJECTED, EXPIRED, MISSING_UNDER_COMMITMENT } =
    RequirementState;

  it('is satisfied only when everything is verified', () => {
    expect(prerequisiteVerdict([VERIFIED, VERIFIED])).toBe(PrerequisiteVerdict.SATISFIED);
    expect(prerequisiteVerdict([])).toBe(PrerequisiteVerdict.SATISFIED);
  });

  it('lets a material missing under commitment through, but nothing worse', () => {
    expect(prerequisiteVerdict([VERIFIED, MISSING_UNDER_COMMITMENT])).toBe(
      PrerequisiteVerdict.SATISFIED_UNDER_COMMITMENT,
    );
    expect(prerequisiteVerdict([PENDING, MISSING_UNDER_COMMITMENT])).toBe(
      PrerequisiteVerdict.AWAITING_REVIEW,
    );
  });

  it('is incomplete as soon as one material is missing, rejected or expired, pending or not', () => {
    for (const bad of [MISSING, REJECTED, EXPIRED]) {
      expect(prerequisiteVerdict([VERIFIED, PENDING, bad])).toBe(PrerequisiteVerdict.INCOMPLETE);
    }
  });
});

describe("approvals' judgement of a checked case", () => {
  it('accepts a case whose every requirement is verified, with no commitment', () => {
    expect(
      judgePrerequisites(
        [requirement('LAND', true), requirement('PLAN', false)],
        [checked('LAND', 'VERIFIED'), checked('PLAN', 'VERIFIED')],
      ),
    ).toEqual({ notice: [], committed: [] });
  });

  it('accepts a non-core material missing under commitment only where every item allows it', () => {
    expect(
      judgePrerequisites(
        [requirement('LAND', true), requirement('FIRE', false, true)],
        [checked('LAND', 'VERIFIED'), checked('FIRE', 'MISSING_UNDER_COMMITMENT')],
      ),
    ).toEqual({ notice: [], committed: ['FIRE'] });
    const refused = judgePrerequisites(
      [requirement('FIRE', false, false)],
      [checked('FIRE', 'MISSING_UNDER_COMMITMENT', ['Hand it over.'])],
    );
    expect(refused.notice).toEqual([
      { materialTypeCode: 'FIRE', state: 'MISSING', problems: ['Hand it over.'] },
    ]);
  });

  it('never lets a core material be missing, commitment or not', () => {
    const { notice, committed } = judgePrerequisites(
      [requirement('LAND', true, true)],
      [checked('LAND', 'MISSING_UNDER_COMMITMENT')],
    );
    expect(committed).toEqual([]);
    expect(notice.map((entry) => entry.state)).toEqual(['MISSING']);
  });

  it('returns every problem at once, in one notice, counting an unreported material as missing', () => {
    const { notice } = judgePrerequisites(
      [requirement('LAND', true), requirement('PLAN', false), requirement('SITE', false)],
      [
        checked('LAND', 'REJECTED', ['The seal is unreadable.', 'The area is missing.']),
        checked('PLAN', 'EXPIRED', ['PLAN expired on 2026-01-31.']),
      ],
    );
    expect(notice).toEqual([
      {
        materialTypeCode: 'LAND',
        state: 'REJECTED',
        problems: ['The seal is unreadable.', 'The area is missing.'],
      },
      { materialTypeCode: 'PLAN', state: 'EXPIRED', problems: ['PLAN expired on 2026-01-31.'] },
      { materialTypeCode: 'SITE', state: 'MISSING', problems: ['Not handed over.'] },
    ]);
  });
});
