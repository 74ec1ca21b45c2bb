import { Role } from '../kit';

/** Who sees every case, clock, warning and violation. */
export const watchers = [Role.COORDINATOR, Role.SUPERVISOR] as const;

/** Who reads and exports the audit log. */
export const auditors = [Role.SUPERVISOR] as const;
