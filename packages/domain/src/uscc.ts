// GB 32100-2015: the unified social credit code is 18 characters from a 31-character alphabet
// (no I, O, S, V, Z); the last one is a checksum over the first 17 with weights 3^i mod 31.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The checksum character for the first 17 characters of a unified social credit code. */
export function usccCheckChar(body: string): string {
  if (body.length !== 17)
    throw new RangeError("the body of a unified social credit code has 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(body.charAt(i));
    if (value < 0) throw new RangeError(`invalid character ${body.charAt(i)}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Why a unified social credit code is invalid, or null when it is valid. */
export function usccProblem(code: string): string | null {
  if (code.length !== 18) return "must be 18 characters long";
  if (!SHAPE.test(code)) return "contains characters not allowed in a unified social credit code";
  if (usccCheckChar(code.slice(0, 17)) !== code.charAt(17)) return "checksum does not match";
  return null;
}

/** True when the code is a well-formed unified social credit code with a correct checksum. */
export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
