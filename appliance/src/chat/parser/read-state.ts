import type { Draft } from './draft.js';

/** What the message asked for so far; `active` is the item later options and remarks belong to. */
export interface ReadState {
  drafts: Draft[];
  removed: string[];
  unresolved: string[];
  /** Something not on the menu was asked for by count or as a dish ("3 esfihas", "x-tudo"): still an order, to clarify. */
  unknownAsked: boolean;
  active: Draft | null;
  /** What is left of an item after part of it was split off ("2 x-bacon, um ao ponto"): "e outro ..." describes it. */
  remainder: Draft | null;
}
