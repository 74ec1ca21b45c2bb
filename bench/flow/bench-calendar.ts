import { demoPeople } from '../../services/demo-people';
import { clock } from '../../services/kit';
import type { GraphQLClient } from '../../scripts/flow/graphql-client';

/**
 * Enters this year and the next in the bench's own database when the center has not: a case
 * whose deadline runs into a year that is not entered waits for it (the reform's rule), and the
 * throughput bundle's 30 working days cross New Year from mid-November on. The bench's years are
 * weekdays only; its figures do not depend on which days are holidays.
 */
export async function enterBenchCalendar(client: GraphQLClient): Promise<void> {
  const thisYear = clock.now().getUTCFullYear();
  for (const year of [thisYear, thisYear + 1]) {
    const { calendar } = await client.request(
      demoPeople.centerAdmin,
      'query ($year: Int!) { calendar(year: $year) { holidays { date } } }',
      { year },
    );
    // Every year the center enters has holidays; one with none has not been entered.
    if (calendar.holidays.length > 0) continue;
    await client.request(
      demoPeople.centerAdmin,
      'mutation ($year: Int!) { setCalendarYear(year: $year, days: []) { year } }',
      { year },
    );
  }
}
