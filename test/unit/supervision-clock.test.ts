import { calendarFromDays } from '../../services/kit';
import {
  closeClock,
  openClock,
  pauseClock,
  resumeClock,
} from '../../services/supervision/clock/clock-operations';
import { dueDates, readClock, type ClockState } from '../../services/supervision/clock/clock-state';
import { WarningLevel } from '../../services/supervision/clock/warning-level';
import { canonicalJson } from '../../services/supervision/audit/hash-chain';
import { calendar2026 } from '../e2e/supervision/scenario';

const calendar = calendarFromDays(calendar2026);

const fresh = (): ClockState => ({
  openedOn: null,
  limitDays: null,
  deadlineOn: null,
  pausedDays: 0,
  pausedSince: null,
  closedOn: null,
  usedDays: null,
  level: WarningLevel.GREEN,
  yellowOn: null,
  redOn: null,
});

describe('a supervision clock', () => {
  it('counts working days over the National Day week and its make-up Saturday', () => {
    const clock = fresh();
    openClock(calendar, clock, '2026-09-29', '2026-10-12');
    expect(clock.limitDays).toBe(5);
    const used = (day: string) => readClock(calendar, clock, day, 2)!.used;
    expect(
      ['2026-09-30', '2026-10-07', '2026-10-08', '2026-10-10', '2026-10-11', '2026-10-13'].map(
        used,
      ),
    ).toEqual([1, 1, 2, 4, 4, 6]);
    expect(dueDates(calendar, clock, 2)).toEqual({ yellowOn: '2026-10-09', redOn: '2026-10-13' });
  });

  it('stands still while paused and moves its due dates by the paused days', () => {
    const clock = fresh();
    openClock(calendar, clock, '2026-09-29', '2026-10-12');
    pauseClock(clock, '2026-10-08');
    expect(readClock(calendar, clock, '2026-10-13', 2)).toMatchObject({
      used: 2,
      paused: true,
      pausedDays: 4,
    });
    expect(dueDates(calendar, clock, 2)).toEqual({ yellowOn: null, redOn: null });
    resumeClock(calendar, clock, '2026-10-14');
    resumeClock(calendar, clock, '2026-10-20'); // a second resume changes nothing
    expect(clock.pausedDays).toBe(5);
    expect(readClock(calendar, clock, '2026-10-14', 2)).toMatchObject({
      used: 2,
      effectiveDeadlineOn: '2026-10-19',
      level: WarningLevel.GREEN,
    });
    expect(dueDates(calendar, clock, 2)).toEqual({ yellowOn: '2026-10-15', redOn: '2026-10-20' });
  });

  it('freezes at close, even when closed during a pause', () => {
    const clock = fresh();
    openClock(calendar, clock, '2026-03-02', '2026-03-09');
    pauseClock(clock, '2026-03-04');
    closeClock(calendar, clock, '2026-03-20');
    expect(clock.usedDays).toBe(2);
    expect(readClock(calendar, clock, '2026-04-01', 2)!.used).toBe(2);
  });
});

describe('canonical JSON for the audit chain', () => {
  it('sorts keys at every level so equal values hash alike', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe(
      '{"a":[{"c":"x","d":null}],"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
