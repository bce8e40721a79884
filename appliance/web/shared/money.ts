/**
 * Money on screen: integer centavos in, `R$ 1.234,56` out (non-breaking space after R$, decimal
 * comma, dot for thousands; `docs` pt-BR store terms). Typed amounts accept `12`, `12,5`, `12,50`
 * and `1.234,56`; never a float in between.
 */
const NBSP = '\u00a0';

export function formatCents(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const reais = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const centavos = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}R$${NBSP}${reais},${centavos}`;
}

/** `12,50` → 1250; null when the text is not an amount. */
export function parseCents(text: string): number | null {
  const cleaned = text.replace(/R\$|\s|\u00a0/g, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const reais = Number(match[1].replace(/\./g, ''));
  const centavos = Number((match[2] ?? '0').padEnd(2, '0'));
  return reais * 100 + centavos;
}

/** Grams as people read them: `350 g`, `1,250 kg`. */
export function formatGrams(grams: number): string {
  if (grams < 1000) return `${grams}${NBSP}g`;
  const kg = Math.floor(grams / 1000);
  return `${kg},${String(grams % 1000).padStart(3, '0')}${NBSP}kg`;
}
