import type { ServiceGuide } from './service-guide';
import { WindowKind } from '../window/window-kind';

const humanize = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The printable form of a guide, as the window hands it out. */
export function guideMarkdown(guide: Omit<ServiceGuide, 'markdown'>): string {
  const lines: string[] = [`# Service guide: ${guide.title}`, ''];
  if (guide.bundle) {
    lines.push(guide.bundle.description || guide.bundle.name, '');
    lines.push(
      `One application at one window; ${guide.departments.map((d) => d.name).join(', ')} decide in parallel.`,
      '',
    );
  }
  lines.push(`**Time limit:** ${guide.promisedLimitDays} working days from acceptance.`, '');

  lines.push('## Materials', '');
  lines.push('| Material | Core | May be missing at acceptance (under commitment) | Needed by |');
  lines.push('| --- | --- | --- | --- |');
  for (const material of guide.materials) {
    lines.push(
      `| ${humanize(material.materialType.code)} (\`${material.materialType.code}\`) | ${yesNo(material.core)} | ${yesNo(material.mayBeMissingAtAcceptance)} | ${material.itemCodes.join(', ')} |`,
    );
  }
  lines.push('');

  lines.push('## Items', '');
  for (const item of guide.items) {
    const department = guide.departments.find((d) => d.code === item.departmentCode);
    lines.push(`### ${item.name} (\`${item.code}\`, version ${item.version})`, '');
    lines.push(`- Department: ${department?.name ?? item.departmentCode}`);
    lines.push(`- Legal basis: ${item.legalBasis}`);
    lines.push(
      `- Time limit: promised ${item.promisedLimitDays} working days (statutory ${item.statutoryLimitDays})`,
    );
    lines.push(`- Steps: ${item.steps.map((step) => step.name).join(' → ')}`);
    if (item.meetingBeforeSign) lines.push('- A meeting decides before sign-off.');
    lines.push('');
  }

  lines.push('## Fees', '');
  if (guide.fees.length === 0) lines.push('No fee is charged.');
  else {
    lines.push('| Fee | Standard | Legal basis |', '| --- | --- | --- |');
    for (const fee of guide.fees) {
      lines.push(`| ${escape(fee.name)} | ${escape(fee.standard)} | ${escape(fee.legalBasis)} |`);
    }
  }
  lines.push('');

  lines.push('## Where to apply', '');
  if (guide.windows.length === 0) lines.push('No window takes these applications yet.');
  for (const window of guide.windows) {
    const days =
      window.kind === WindowKind.COMPREHENSIVE
        ? ` (${window.shares
            .filter((share) => guide.departments.some((d) => d.code === share.departmentCode))
            .map((share) => `${share.departmentCode}: ${share.weekdays.map(humanize).join(', ')}`)
            .join('; ')})`
        : '';
    lines.push(`- Window ${window.number}, ${window.name}${days}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
