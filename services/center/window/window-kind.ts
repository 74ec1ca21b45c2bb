import { registerEnumType } from 'type-graphql';

export enum WindowKind {
  DEPARTMENT = 'DEPARTMENT',
  COMPREHENSIVE = 'COMPREHENSIVE',
}

registerEnumType(WindowKind, {
  name: 'WindowKind',
  description: 'Whom a window of the service center serves.',
  valuesConfig: {
    DEPARTMENT: { description: 'Assigned to one department, every working day.' },
    COMPREHENSIVE: { description: 'Shared by small departments, each on its set days.' },
  },
});

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesConfig: {
    MONDAY: { description: 'Monday.' },
    TUESDAY: { description: 'Tuesday.' },
    WEDNESDAY: { description: 'Wednesday.' },
    THURSDAY: { description: 'Thursday.' },
    FRIDAY: { description: 'Friday.' },
    SATURDAY: { description: 'Saturday (a working day only when made up).' },
    SUNDAY: { description: 'Sunday (a working day only when made up).' },
  },
});
