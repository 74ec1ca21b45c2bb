import {
  creditCodeCheckCharacter,
  isValidCreditCode,
} from '../../services/materials/applicant/credit-code';
import { idNumberCheckDigit, isValidIdNumber } from '../../services/materials/applicant/id-number';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts codes whose check character matches', () => {
    // The standard's own worked example, and codes of the demo data.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91320506MA1R2X8K4Q')).toBe(true);
    expect(creditCodeCheckCharacter('91110000600037341')).toBe('L');
  });

  it('refuses a wrong check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91320506MA1R2X8K4R')).toBe(false);
  });

  it('refuses every single-character typo of a valid code', () => {
    const valid = '91350100M000100Y43';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let index = 0; index < 17; index += 1) {
      for (const replacement of alphabet) {
        if (replacement === valid[index]) continue;
        const typo = valid.slice(0, index) + replacement + valid.slice(index + 1);
        expect(isValidCreditCode(typo)).toBe(false);
      }
    }
  });

  it('refuses wrong lengths, lower case and letters the code never uses', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
    // I, O, Z, S, V are not in the alphabet; the administrative division is six digits.
    expect(isValidCreditCode('91350100MI00100Y43')).toBe(false);
    expect(isValidCreditCode('9135A100M000100Y43')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });
});

describe('resident ID number (GB 11643)', () => {
  it('accepts numbers whose check digit matches, X included', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('320502198803151234')).toBe(true);
    expect(idNumberCheckDigit('11010519491231002')).toBe('X');
  });

  it('refuses a wrong check digit', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('320502198803151235')).toBe(false);
  });

  it('refuses impossible or future birth dates even with a matching check digit', () => {
    const withCheck = (first17: string) => first17 + idNumberCheckDigit(first17);
    expect(isValidIdNumber(withCheck('32050219880230123'))).toBe(false); // 30 February
    expect(isValidIdNumber(withCheck('32050218991231123'))).toBe(false); // before 1900
    expect(isValidIdNumber(withCheck('32050221000101123'))).toBe(false); // not born yet
    expect(isValidIdNumber(withCheck('32050220000229123'))).toBe(true); // a leap day
  });

  it('refuses wrong lengths and characters', () => {
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    expect(isValidIdNumber('1101051949123100X2')).toBe(false);
  });
});
