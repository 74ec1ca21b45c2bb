import { clock } from '../../kit';

/**
 * The resident ID number of a natural person (GB 11643-1999): 6-digit address code, birth date
 * (YYYYMMDD), 3-digit sequence, and a check digit (0-9 or X) computed modulo 11.
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkDigits = '10X98765432';

export function idNumberCheckDigit(first17: string): string {
  const sum = weights.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return checkDigits[sum % 11];
}

function isRealBirthDate(yyyymmdd: string): boolean {
  const [year, month, day] = [+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6), +yyyymmdd.slice(6)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getTime() <= clock.now().getTime() &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

export function isValidIdNumber(number: string): boolean {
  return (
    /^\d{17}[\dX]$/.test(number) &&
    isRealBirthDate(number.slice(6, 14)) &&
    idNumberCheckDigit(number.slice(0, 17)) === number[17]
  );
}
