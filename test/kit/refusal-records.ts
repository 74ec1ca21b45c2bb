/**
 * SQL condition on `events.event` (alias-free) for every event but the record of a refusal.
 *
 * A refused staff act changes no state, but it is not silent: the refusing subgraph announces it
 * (`staff.act.refused`, in a transaction of its own) and supervision records the violation it is
 * (`supervision.violation.recorded`, pointing at that announcement); so is a sign-off refused
 * for a fee outside the case's assessment (`department.charge.refused`). Tests proving that a refusal
 * "changes nothing" compare the state tables and every other event, and check these records on
 * their own.
 */
export const notRefusalRecord = `not (
  topic in ('staff.act.refused', 'department.charge.refused')
  or (topic = 'supervision.violation.recorded'
      and (payload->>'eventPosition')::bigint in
        (select position from events.event
          where topic in ('staff.act.refused', 'department.charge.refused')))
)`;
