/** Countries by name in the console's languages, for fields, exports and imports (the API keeps ISO codes). */

const LANGUAGES = ['es', 'en'] as const;

/** A two-letter code's country name in `locale` (EC → Ecuador), or undefined for no or an unknown code. */
export function countryName(code: unknown, locale: string): string | undefined {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code.trim())) return undefined;
  const upper = code.trim().toUpperCase();
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(upper);
    return name && name !== upper ? name : undefined;
  } catch {
    return undefined;
  }
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

let byName: Map<string, string> | undefined;

/** Every region code Intl names, by its folded name in each language ("peru" → PE, "estados unidos" → US). */
function codesByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      for (const locale of LANGUAGES) {
        const name = countryName(a + b, locale);
        if (name) byName.set(fold(name), a + b);
      }
    }
  }
  return byName;
}

/** What a person or our export wrote in a country cell — `EC`, `ec`, `Ecuador`, `Perú`, `Peru` — as its code; other text as it is. */
export function countryCode(text: string): string {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return codesByName().get(fold(trimmed)) ?? trimmed;
}
