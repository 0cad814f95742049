// Synthetic national IDs and phones for the demo population: they pass the checks real ones do,
// but their prefixes (999, 09999) mark them as invented at a glance.

/** Every synthetic national ID starts with this: no registry office has it, so a demo ID is obvious at a glance. */
export const syntheticNationalIdPrefix = '999';
const idSequenceSpace = 999_999; // six digits after the prefix; 999999 itself would give 9999999999

/** The check digit of a national ID's first nine digits (the tenth digit of a valid ID). */
export function checkDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i);
  const remainder = sum % 11;
  return remainder < 2 ? remainder : 11 - remainder;
}

/**
 * The synthetic national ID number `n` (0 to 999998): the prefix 999, `n` in six digits, and the
 * check digit, so that it passes the checksum like a real one. Different `n`, different ID.
 *
 * @example syntheticNationalId(1) // '9990000018'
 */
export function syntheticNationalId(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= idSequenceSpace) throw new RangeError(`No synthetic national ID number ${n}`);
  const nine = `${syntheticNationalIdPrefix}${String(n).padStart(6, '0')}`;
  return `${nine}${checkDigit(nine)}`;
}

// The sequence is scattered over the whole range (a multiplier prime to 999999 makes this a
// permutation), so that a family's IDs do not run 1, 2, 3 as no real family's do.
export const scatter = (sequence: number, multiplier: number): number => Number((BigInt(sequence % idSequenceSpace) * BigInt(multiplier) + 7919n) % BigInt(idSequenceSpace));

/** Phones are `09999` and six digits: one pattern, obviously synthetic, different for everyone. */
export const syntheticPhone = (sequence: number): string => `09999${String(scatter(sequence, 700_001)).padStart(6, '0')}`;
