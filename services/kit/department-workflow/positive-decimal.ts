import { badInput } from '../errors/domain-error';

/**
 * Amounts and measures departments record (investment, land area, floor area, capital) travel as
 * decimal text, so no binary float rounds them; this checks one and returns it normalized.
 */
export function positiveDecimal(
  value: string,
  field: string,
  { scale = 2, max }: { scale?: number; max?: number } = {},
): string {
  const text = value.trim();
  const pattern = new RegExp(`^\\d{1,15}(\\.\\d{1,${scale}})?$`);
  const amount = Number(text);
  if (!pattern.test(text) || !(amount > 0) || (max !== undefined && amount > max)) {
    throw badInput(
      `${field} must be a positive decimal with at most ${scale} decimals${max !== undefined ? `, at most ${max}` : ''}.`,
      { field, value },
    );
  }
  return text.replace(/^0+(?=\d)/, '');
}
