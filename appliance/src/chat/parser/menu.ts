/**
 * The menu the parser reads: a plain snapshot of what can be ordered by chat, built outside the
 * chat module (workflows/chat-menu.ts) so the parser itself never touches the database.
 */
export interface ChatMenuOption {
  id: string;
  name: string;
  /** The product a combo choice sends to the kitchen: its name and aliases also name the choice. */
  productId?: string;
}

export interface ChatMenuOptionGroup {
  id: string;
  name: string;
  kind: 'MODIFIER' | 'FLAVOR' | 'CHOICE';
  minChoices: number;
  maxChoices: number;
  options: ChatMenuOption[];
}

export interface ChatMenuProduct {
  id: string;
  sku: string;
  name: string;
  /** What customers call it besides its name ("coca", "refri", "x bacon"), edited in the back office. */
  aliases: string[];
  type: 'SIMPLE' | 'COMBO' | 'COMPOSITE' | 'WEIGHT' | 'TIME';
  /** For COMPOSITE (half-and-half pizza): how many flavours fit. */
  maxFractions: number | null;
  optionGroups: ChatMenuOptionGroup[];
}

export interface ChatMenu {
  products: ChatMenuProduct[];
}
