/**
 * The screens' pt-BR texts come from each app's message catalog (`messages.pt-BR.ts`); `{name}`
 * placeholders are filled from params. A missing key shows the key, which a test would catch.
 */
export type Messages = Record<string, string>;

export function translator<M extends Messages>(messages: M) {
  return (key: keyof M & string, params?: Record<string, string | number>): string =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
