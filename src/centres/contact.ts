// Phone numbers and e-mail addresses as the sources write them → links. Pure.

/** "64161800" / "+371 669 54845" / "67209400 (info)" → "+37164161800"; null unless a Latvian 8-digit number. */
export function telOf(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const d = phone.replace(/\(.*\)/, '').replace(/[^\d+]/g, '').replace(/^\+?371/, '');
  return /^[2689]\d{7}$/.test(d) ? `+371${d}` : null;
}

export const isEmail = (s: string) => /^[^\s@,;]+@[^\s@,;]+\.[a-z]{2,}$/i.test(s);
