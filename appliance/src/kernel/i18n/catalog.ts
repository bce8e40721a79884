export type Locale = 'pt-BR';
export type Messages = Record<string, string>;

/**
 * The one place store-facing text comes from. Each module contributes its own keys at
 * registration; a second locale only needs another `Messages` table per module.
 */
export class MessageCatalog {
  private readonly tables = new Map<Locale, Messages>();

  constructor(readonly defaultLocale: Locale = 'pt-BR') {}

  add(locale: Locale, messages: Messages): void {
    const table = this.tables.get(locale) ?? {};
    for (const [key, text] of Object.entries(messages)) {
      if (key in table && table[key] !== text) throw new Error(`message key defined twice: ${key}`);
      table[key] = text;
    }
    this.tables.set(locale, table);
  }

  has(key: string, locale: Locale = this.defaultLocale): boolean {
    return key in (this.tables.get(locale) ?? {});
  }

  t(key: string, params: Record<string, string | number> = {}, locale: Locale = this.defaultLocale): string {
    const template = this.tables.get(locale)?.[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  }
}
