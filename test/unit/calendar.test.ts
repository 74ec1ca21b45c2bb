import {
  CalendarRangeError,
  addWorkingDays,
  calendarFromDays,
  isWorkingDay,
  localDate,
  workingDaysBetween,
  type CalendarDay,
} from '../../services/kit';
import official2026 from '../../services/center/seed/calendar-cn-2026.json';

const days: CalendarDay[] = [
  ...official2026.holidays.flatMap((holiday) =>
    holiday.dates.map((date) => ({ date, kind: 'HOLIDAY' as const, name: holiday.name })),
  ),
  ...official2026.makeUpWorkingDays.map((day) => ({
    date: day.date,
    kind: 'MAKE_UP_WORKING_DAY' as const,
    name: day.name,
  })),
];
const calendar = calendarFromDays(days);
const plain = calendarFromDays([]);

describe('the working-day calendar', () => {
  it('knows weekends, holidays and make-up working days', () => {
    expect(isWorkingDay(calendar, '2026-03-02')).toBe(true); // a Monday
    expect(isWorkingDay(calendar, '2026-03-07')).toBe(false); // a Saturday
    expect(isWorkingDay(calendar, '2026-10-01')).toBe(false); // National Day, a Thursday
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true); // make-up Saturday
    expect(isWorkingDay(calendar, '2026-01-04')).toBe(true); // make-up Sunday
  });

  it('adds working days over a weekend', () => {
    // Friday 2026-03-06 + 1 working day is Monday 2026-03-09.
    expect(addWorkingDays(calendar, '2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays(calendar, '2026-03-06', 5)).toBe('2026-03-13');
    expect(addWorkingDays(calendar, '2026-03-06', 0)).toBe('2026-03-06');
  });

  it('skips the National Day week and counts the make-up Saturday after it', () => {
    // Accepted Wednesday 2026-09-30: 1 Oct to 7 Oct are holidays, 8 and 9 Oct work, 10 Oct is a
    // make-up working day (Saturday).
    expect(addWorkingDays(calendar, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(calendar, '2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays(calendar, '2026-09-30', 4)).toBe('2026-10-12');
    // Without the calendar the same limit would end inside the holiday.
    expect(addWorkingDays(plain, '2026-09-30', 1)).toBe('2026-10-01');
  });

  it('skips the Spring Festival and counts its make-up days', () => {
    // Friday 2026-02-13; Saturday 14 Feb is a make-up working day; 15 to 23 Feb are holidays.
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(calendar, '2026-02-13', 2)).toBe('2026-02-24');
    expect(workingDaysBetween(calendar, '2026-02-13', '2026-02-28')).toBe(6);
    // 14 Feb, 24 to 27 Feb, and Saturday 28 Feb (make-up)
  });

  it('counts elapsed working days as the inverse of adding them', () => {
    for (const start of ['2026-01-01', '2026-02-12', '2026-04-30', '2026-09-24', '2026-12-30']) {
      for (const n of [0, 1, 2, 5, 20, 60]) {
        expect(workingDaysBetween(calendar, start, addWorkingDays(calendar, start, n))).toBe(n);
      }
    }
    expect(workingDaysBetween(calendar, '2026-03-13', '2026-03-06')).toBe(-5);
  });

  it('reads an instant as a date in the center time zone', () => {
    // 2026-03-06T17:00Z is already Saturday 7 March in Beijing.
    expect(localDate(new Date('2026-03-06T17:00:00Z'))).toBe('2026-03-07');
    expect(addWorkingDays(calendar, new Date('2026-03-06T17:00:00Z'), 1)).toBe('2026-03-09');
  });

  it('refuses a negative or fractional time limit and a malformed date', () => {
    expect(() => addWorkingDays(calendar, '2026-03-06', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-03-06', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '6 March', 1)).toThrow(RangeError);
  });

  it('counts the same as walking day by day, over spans within and across years', () => {
    const walk = (from: string, to: string) => {
      let count = 0;
      const day = new Date(`${from}T00:00:00Z`);
      for (;;) {
        day.setUTCDate(day.getUTCDate() + 1);
        const iso = day.toISOString().slice(0, 10);
        if (iso > to) return count;
        if (isWorkingDay(calendar, iso)) count += 1;
      }
    };
    let seed = 13;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const dayIn = (first: string, span: number) => {
      const day = new Date(`${first}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + random(span));
      return day.toISOString().slice(0, 10);
    };
    for (let round = 0; round < 300; round += 1) {
      const from = dayIn('2025-10-01', 500);
      const to = dayIn(from, 400);
      expect(workingDaysBetween(calendar, from, to)).toBe(walk(from, to));
      const n = random(300);
      const deadline = addWorkingDays(calendar, from, n);
      expect(walk(from, deadline)).toBe(n);
      if (n > 0) expect(isWorkingDay(calendar, deadline)).toBe(true);
    }
  });

  it('answers at once for the ends of the supported dates and refuses dates beyond them', () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i += 1) {
      expect(workingDaysBetween(calendar, '2000-01-01', '2100-12-31')).toBeGreaterThan(26000);
      expect(addWorkingDays(calendar, '2000-01-01', 26000)).toMatch(/^2099-/);
    }
    // A thousand full-range answers in well under the time one walk of the range used to take.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(() => workingDaysBetween(calendar, '9999-12-30', '9999-12-31')).toThrow(
      CalendarRangeError,
    );
    expect(() => workingDaysBetween(calendar, '1999-12-31', '2026-01-01')).toThrow(
      CalendarRangeError,
    );
    expect(() => addWorkingDays(calendar, '2100-12-30', 5)).toThrow(CalendarRangeError);
    expect(addWorkingDays(calendar, '2100-12-30', 1)).toBe('2100-12-31');
  });
});
