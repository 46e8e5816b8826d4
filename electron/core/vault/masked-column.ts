// How a message's masked form is stored. Most messages contain nothing to mask, so their masked
// form equals the original; storing it twice doubled the message bytes (and, in the encrypted
// vault, the pages to encrypt). Such rows keep masked_content NULL with masked_is_content = 1.
// masked_is_content = 0 keeps the column's own meaning: NULL there still means "no masked form"
// (e.g. imported messages, which are masked again before anything is sent).

export interface StoredMasked {
  masked_content: string | null;
  masked_is_content: 0 | 1;
}

/** The stored columns for a message whose masked form is `masked` (null: none). */
export function storedMasked(content: string, masked: string | null | undefined): StoredMasked {
  if (masked === content) return { masked_content: null, masked_is_content: 1 };
  return { masked_content: masked ?? null, masked_is_content: 0 };
}

/** The masked form of a stored message row (null: it has none). */
export function maskedOf(row: { content: string; masked_content: string | null; masked_is_content: number }): string | null {
  return row.masked_is_content === 1 ? row.content : row.masked_content;
}
