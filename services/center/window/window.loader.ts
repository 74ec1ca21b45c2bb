import { defineLoader } from '../../kit';
import { ServiceWindow, windowServes } from './window.entity';
import { WindowKind } from './window-kind';

/** Windows that take applications for each department: its own, and shared ones it staffs. */
export const windowsOfDepartment = defineLoader<string, ServiceWindow[]>(async (codes, { em }) => {
  const windows = await em.find(
    ServiceWindow,
    { $or: [{ departmentCode: { $in: [...codes] } }, { kind: WindowKind.COMPREHENSIVE }] },
    { orderBy: { number: 'asc' } },
  );
  return codes.map((code) => windows.filter((window) => windowServes(window, code)));
});
