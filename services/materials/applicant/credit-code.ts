/**
 * The unified social credit code of an organization (GB 32100-2015): 18 characters from a
 * 31-character alphabet without I, O, Z, S and V; the last is a check character over the others.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const character of first17) {
    sum += alphabet.indexOf(character) * weight;
    weight = (weight * 3) % 31;
  }
  return alphabet[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(code: string): boolean {
  return shape.test(code) && creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}
