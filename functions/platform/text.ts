/** Sort/search key for names: lower case, accents and punctuation folded, so "Fundación" sorts and matches as "fundacion". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .slice(0, 120);
}
