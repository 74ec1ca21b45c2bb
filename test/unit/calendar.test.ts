import {
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
});
