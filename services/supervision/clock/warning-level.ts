import { registerEnumType } from 'type-graphql';

/** How close a clock is to its time limit. */
export enum WarningLevel {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

registerEnumType(WarningLevel, {
  name: 'WarningLevel',
  description: 'How close a case or task is to its time limit.',
  valuesConfig: {
    GREEN: { description: 'Within its time limit, with more days left than the yellow threshold.' },
    YELLOW: { description: 'Within its time limit, with at most the yellow threshold days left.' },
    RED: { description: 'Past its time limit: overdue.' },
  },
});
