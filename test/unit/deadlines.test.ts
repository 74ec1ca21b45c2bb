import { addWorkingDays, calendarFromDays, resumeDeadline } from '../../services/kit';
import { taskLimitDays } from '../../services/approvals/task/task-limit';
import { calendar2026 } from '../e2e/supervision/scenario';

const calendar = calendarFromDays(calendar2026);
const beijing = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

describe('fan-out: each department gets its own limit and deadline', () => {
  it("takes the department's longest promised item limit", () => {
    const items = [{ promisedLimitDays: 5 }, { promisedLimitDays: 12 }, { promisedLimitDays: 8 }];
    expect(taskLimitDays(items, 20)).toBe(12);
  });

  it("never goes beyond the case's own (bundle) limit", () => {
    expect(taskLimitDays([{ promisedLimitDays: 15 }], 10)).toBe(10);
  });

  it('refuses a task without items', () => {
    expect(() => taskLimitDays([], 10)).toThrow();
  });

  it('counts the deadline in working days from the day the case is accepted', () => {
    const limit = taskLimitDays([{ promisedLimitDays: 3 }], 10);
    // Accepted the day before National Day: the week of holidays does not count.
    expect(addWorkingDays(calendar, beijing('2026-09-30'), limit)).toBe('2026-10-10');
    // Accepted at 01:00 on Saturday in Beijing, still Friday in UTC: Saturday is the start.
    expect(addWorkingDays(calendar, new Date('2026-03-06T17:00:00Z'), 1)).toBe('2026-03-09');
  });
});

describe('a clock paused for a supplement', () => {
  it('moves the deadline on by the working days it stood still', () => {
    const paused = { deadlineOn: '2026-03-13', pausedSince: beijing('2026-03-06') };
    // Paused Friday, resumed the next Wednesday: Monday to Wednesday stood still.
    expect(resumeDeadline(calendar, paused, beijing('2026-03-11'))).toEqual({
      pausedDays: 3,
      deadlineOn: '2026-03-18',
    });
  });

  it('does not count holidays and counts make-up working days', () => {
    const paused = { deadlineOn: '2026-10-09', pausedSince: beijing('2026-09-30') };
    expect(resumeDeadline(calendar, paused, beijing('2026-10-08'))).toEqual({
      pausedDays: 1,
      deadlineOn: '2026-10-10',
    });
  });

  it('changes nothing when it was not paused or resumes the day it paused', () => {
    expect(
      resumeDeadline(
        calendar,
        { deadlineOn: '2026-03-13', pausedSince: null },
        beijing('2026-03-11'),
      ),
    ).toEqual({ pausedDays: 0, deadlineOn: '2026-03-13' });
    const sameDay = { deadlineOn: '2026-03-13', pausedSince: beijing('2026-03-06', '09:00') };
    expect(resumeDeadline(calendar, sameDay, beijing('2026-03-06', '16:00'))).toEqual({
      pausedDays: 0,
      deadlineOn: '2026-03-13',
    });
  });

  it('never moves the deadline back when the resumption is stamped before the pause', () => {
    const paused = { deadlineOn: '2026-03-13', pausedSince: beijing('2026-03-11') };
    expect(resumeDeadline(calendar, paused, beijing('2026-03-09')).deadlineOn).toBe('2026-03-13');
  });
});
