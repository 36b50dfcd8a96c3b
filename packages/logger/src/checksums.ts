/** Luhn check (ISO/IEC 7812), used by payment card numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// IBAN lengths of the countries Phoenix users most often bank in (ISO 13616 registry);
// other countries are checked against the general 15–34 range.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  FR: 27, MC: 27, DE: 22, BE: 16, ES: 24, IT: 27, PT: 25, NL: 18, LU: 20, CH: 21, GB: 22, IE: 22, AT: 20,
};

/** ISO 13616 check: the country's length, then the rearranged number modulo 97 equals 1. */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected ? compact.length !== expected : compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = Number(`${remainder}${value}`) % 97;
  }
  return remainder === 1;
}

/**
 * French social security number (NIR): 13 characters and a 2-digit key equal to
 * 97 − (number mod 97), Corsican departments 2A and 2B counting as 19 and 18.
 */
export function nirValid(nir: string): boolean {
  const compact = nir.replace(/[\s.-]+/g, '').toUpperCase();
  if (!/^[1-478]\d{4}(\d{2}|2A|2B)\d{8}$/.test(compact)) return false;
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(compact.slice(13));
  return key === 97 - (Number(body) % 97);
}
