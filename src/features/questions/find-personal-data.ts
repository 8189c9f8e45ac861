export type PersonalDataKind = "hetu" | "phone" | "email";

// Finnish personal identity code: DDMMYY, century sign, individual number, check character.
const HETU = /\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-Y]\b/i;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
// Finnish numbers start with +358 or 0; six or more further digits, spaces and dashes allowed between.
const PHONE = /(?:\+358|\b0)[\s-]?\d(?:[\s-]?\d){5,10}\b/;

/**
 * What in a question looks like it identifies someone, so the person can take it out before sending.
 * Recall over precision: a false alarm only asks "send anyway?".
 */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (HETU.test(text)) found.push("hetu");
  const withoutHetu = text.replace(new RegExp(HETU.source, "gi"), " ");
  if (PHONE.test(withoutHetu)) found.push("phone");
  if (EMAIL.test(text)) found.push("email");
  return found;
}
