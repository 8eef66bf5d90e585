/**
 * Month names in English and French, full and abbreviated, as exports write them: "Jan",
 * "January", "janv.", "févr.", "février", "AOÛT". Matching ignores case and accents, so "fevrier"
 * typed without accents and "FÉVR" from a spreadsheet's upper-case export both read as February.
 * The trailing dot of an abbreviation is handled by the format scanner, not listed here.
 */
const NAMES: Readonly<Record<string, number>> = {
  // English
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // French (Intl's abbreviations are janv., févr., mars, avr., mai, juin, juil., août, sept., oct., nov., déc.)
  janv: 1,
  janvier: 1,
  fev: 2,
  fevr: 2,
  fevrier: 2,
  mars: 3,
  avr: 4,
  avril: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  juillet: 7,
  aou: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

// A file repeats the same dozen spellings: folding (normalize + regex) once per spelling keeps
// month names off the hot path. Bounded for random input.
const folded = new Map<string, number>();

/** The month (1 to 12) a name means, or 0. */
export function monthFromName(name: string): number {
  let month = folded.get(name);
  if (month === undefined) {
    const key = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    month = Object.hasOwn(NAMES, key) ? (NAMES[key] as number) : 0;
    if (folded.size > 1000) folded.clear();
    folded.set(name, month);
  }
  return month;
}

/** True for a character that can be part of a month name: a Latin letter, accented or not, or a combining accent. */
export function isNameCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x36f)
  );
}
