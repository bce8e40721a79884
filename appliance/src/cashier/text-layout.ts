export const COLUMNS = 48;

/** Label on the left, value on the right, on one 48-column line (label cut if it must be). */
export function leftRight(label: string, value: string, columns = COLUMNS): string {
  const room = columns - value.length - 1;
  const left = label.length > room ? label.slice(0, Math.max(0, room)) : label;
  return left + ' '.repeat(columns - left.length - value.length) + value;
}

export function centered(text: string, columns = COLUMNS): string {
  const cut = text.slice(0, columns);
  return ' '.repeat(Math.floor((columns - cut.length) / 2)) + cut;
}

export function rule(char = '-', columns = COLUMNS): string {
  return char.repeat(columns);
}
