import { TAKE_BACK_WORDS } from './lexicon.js';

/**
 * What a chat message is about; ORDER when it asks for (or takes back) something on the menu, CANCEL
 * when it calls off the whole order ("cancela", "quero cancelar meu pedido").
 */
export const CHAT_INTENTS = ['ORDER', 'CANCEL', 'MENU', 'STATUS', 'HOURS', 'HUMAN', 'GREETING', 'OTHER'] as const;
export type ChatIntent = (typeof CHAT_INTENTS)[number];

type Cue = readonly string[];

/** Phrases (folded words) that mark each intent; the first intent found in this order wins. */
const HUMAN_CUES: Cue[] = [
  ['atendente'], ['humano'], ['gerente'], ['responsavel'], ['reclamacao'], ['reclamar'], ['falar', 'com'], ['falar', 'alguem'], ['uma', 'pessoa'],
  ['pessoa', 'de', 'verdade'], ['veio', 'errado'], ['veio', 'errada'], ['veio', 'frio'], ['veio', 'fria'], ['faltou'], ['faltando'], ['reembolso'],
  ['estorno'], ['absurdo'], ['pessimo'], ['horrivel'], ['problema', 'com'], ['robo'],
  // Asking what the store keeps about them or to erase it (LGPD): a person handles data requests.
  ['meus', 'dados'], ['lgpd'],
];
/** Calling the order off; with a dish named it takes back that dish instead ("cancela a coca"). */
const CANCEL_CUES: Cue[] = [['cancela'], ['cancelar'], ['cancele'], ['cancelem'], ['desisto'], ['desistir']];
const STATUS_CUES: Cue[] = [
  ['cade'], ['meu', 'pedido'], ['status'], ['ja', 'saiu'], ['saiu', 'para', 'entrega'], ['saiu', 'pra', 'entrega'], ['quanto', 'tempo', 'falta'], ['previsao'],
  ['acompanhar'], ['ta', 'vindo'], ['esta', 'vindo'], ['ainda', 'nao', 'chegou'], ['nao', 'chegou'], ['demorando'], ['vai', 'demorar'], ['ja', 'ta', 'pronto'],
  ['ja', 'esta', 'pronto'], ['ta', 'pronto'], ['chegando'], ['meu', 'lanche'], ['minha', 'pizza'],
];
const HOURS_CUES: Cue[] = [
  ['horario'], ['horarios'], ['que', 'horas'], ['abre'], ['abrem'], ['fecha'], ['fecham'], ['aberto'], ['abertos'], ['aberta'], ['funcionamento'],
  ['endereco'], ['onde', 'fica'], ['onde', 'voces', 'ficam'], ['localizacao'], ['funciona'], ['funcionam'], ['funcionando'], ['ate', 'quando'], ['ate', 'que', 'hora'],
];
const MENU_CUES: Cue[] = [
  ['cardapio'], ['menu'], ['opcoes'], ['o', 'que', 'tem'], ['o', 'que', 'voces', 'tem'], ['quais', 'sabores'], ['que', 'sabores'], ['quais', 'pizza'],
  ['quais'], ['tabela'], ['precos'], ['quanto', 'custa'], ['quanto', 'ta'], ['quanto', 'e'], ['valor', 'do'], ['valor', 'da'], ['tem', 'o', 'que'], ['lista'],
];
/** The customer giving their own address is not asking for the store's. */
const OWN_ADDRESS_CUES: Cue[] = [['meu', 'endereco'], ['minha', 'rua'], ['entrega', 'na', 'rua']];
const GREETING_CUES: Cue[] = [['oi'], ['oie'], ['ola'], ['opa'], ['eai'], ['e', 'ai'], ['salve'], ['bom', 'dia'], ['boa', 'tarde'], ['boa', 'noite'], ['tudo', 'bem'], ['hello']];
/** Words that make a menu question into an order ("quanto custa" asks, "quero" orders). */
const ORDER_CUES: Cue[] = [
  ['quero'], ['queria'], ['gostaria'], ['manda'], ['mande'], ['me', 've'], ['traz'], ['vou', 'querer'], ['pedir'], ['pode', 'mandar'], ['pode', 'ser'], ['anota'], ['vou', 'de'],
  ['adiciona'], ['adicionar'], ['acrescenta'], ['acrescentar'], ['inclui'], ['incluir'], ['coloca'], ['coloque'], ['bota'], ['poe'],
];

/** Every folded word of the cues, so the typo corrector leaves them alone. */
export const INTENT_WORDS: readonly string[] = [HUMAN_CUES, CANCEL_CUES, STATUS_CUES, HOURS_CUES, MENU_CUES, GREETING_CUES, ORDER_CUES].flat(2);

function hasCue(words: readonly string[], cues: readonly Cue[]): boolean {
  return cues.some((cue) => words.some((_, at) => cue.every((w, i) => words[at + i] === w)));
}

/**
 * The intent of a message, from its words and whether it named menu items. A complaint or a
 * question about a placed order outranks any dish it mentions ("cadê meu x-bacon" is STATUS);
 * a question about the menu outranks the dishes it asks about unless it also orders. Calling off
 * "meu pedido", or adding a dish to it or taking one back, is no question about it.
 */
export function intentOf(words: readonly string[], facts: { namesItems: boolean; unclear: boolean; unclearCount: boolean; isQuestion: boolean }): ChatIntent {
  const { namesItems, unclear, unclearCount, isQuestion } = facts;
  if (hasCue(words, HUMAN_CUES)) return 'HUMAN';
  if (hasCue(words, CANCEL_CUES) && !namesItems) return 'CANCEL';
  const ordering = hasCue(words, ORDER_CUES);
  // "adiciona uma coca no meu pedido", "tira a coca do meu pedido": the order being built changes.
  const changesOrder = namesItems && (ordering || words.some((w) => TAKE_BACK_WORDS.has(w)));
  if (hasCue(words, STATUS_CUES) && !changesOrder) return 'STATUS';
  if (hasCue(words, HOURS_CUES) && !ordering && !hasCue(words, OWN_ADDRESS_CUES)) return 'HOURS';
  if (hasCue(words, MENU_CUES) && (!ordering || !namesItems)) return 'MENU';
  if (namesItems) return isQuestion && !ordering ? 'MENU' : 'ORDER';
  // Something asked for that the menu does not have ("quero 2 esfihas") is an order to clarify.
  if (unclear && (ordering || unclearCount)) return 'ORDER';
  if (hasCue(words, GREETING_CUES)) return 'GREETING';
  return 'OTHER';
}
