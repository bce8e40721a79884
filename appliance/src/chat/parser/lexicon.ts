/**
 * The pt-BR words the parser knows besides the menu: numbers, the words around an order, and
 * the everyday words a typo corrector must never turn into a menu word. All folded (no accents).
 */

/** Quantities written as words; "meia dúzia" and "uma dúzia" are read as phrases in quantities.ts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  um: 1, uma: 1, outro: 1, outra: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
  onze: 11, doze: 12, treze: 13, quatorze: 14, catorze: 14, quinze: 15, vinte: 20, trinta: 30,
};

/** Words that join two things asked for in one clause. */
export const JOINERS = new Set(['e', '+', 'mais', 'tambem', 'tb', 'tbm', 'junto', 'alem']);

/** Articles and prepositions left out when names are compared ("pizza de calabresa" = "pizza calabresa"). */
export const NAME_STOPWORDS = new Set(['de', 'da', 'do', 'das', 'dos', 'a', 'o', 'as', 'os', 'no', 'na', 'em', 'ml', 'lata', 'l', 'kg', 'g']);

/** Words that mark a half of a pizza ("meia calabresa meia mussarela", "metade portuguesa"). */
export const HALF_WORDS = new Set(['meia', 'meio', 'metade', 'metades']);

/** Words that turn the clause into taking something back ("não quero mais a batata", "tira a coca"). */
export const TAKE_BACK_WORDS = new Set(['tira', 'tirar', 'tire', 'retira', 'retirar', 'cancela', 'cancelar', 'cancele', 'remove', 'remover', 'esquece', 'exclui', 'excluir', 'desconsidera']);
export const NEGATION_WORDS = new Set(['nao', 'nem', 'n']);

/**
 * Words that make a message correct what is in the cart instead of adding to it ("na verdade são
 * 2 cocas", "corrigindo: 3 x-bacon", "muda pra 2 cocas"): the products named replace their lines.
 */
export const CORRECTION_WORDS = new Set(['sao', 'corrigindo', 'corrige', 'corrigir', 'correcao', 'corrigi']);
/** Two-word corrections, as "first second". */
export const CORRECTION_PHRASES = new Set(['na verdade', 'muda pra', 'muda para', 'mudar pra', 'mudar para', 'altera pra', 'altera para', 'alterar pra', 'alterar para', 'mudei pra', 'mudei para']);
/** Words that keep a correction an addition ("na verdade quero mais uma coca", "são mais 2 cocas"). */
export const ADDITION_WORDS = new Set(['mais', 'outra', 'outro', 'outras', 'outros', 'tambem', 'tb', 'tbm', 'adiciona', 'adicionar', 'acrescenta', 'acrescentar', 'inclui', 'incluir']);

/** Verbs that, after "não", take something back ("não quero mais a batata", "não precisa da coca"). */
export const NEGATED_VERBS = new Set(['quero', 'querer', 'vou', 'precisa', 'precisar', 'manda', 'mande', 'mandar', 'traz', 'traga', 'pode', 'coloca', 'coloque', 'bota', 'poe', 'vai', 'vem']);

/** Verbs that, after a take-back in the same clause, ask for something again ("tira a coca e coloca um guaraná"). */
export const ASK_AGAIN_WORDS = new Set(['coloca', 'coloque', 'poe', 'bota', 'quero', 'manda', 'mande', 'traz', 'traga', 'troca', 'troque', 'substitui', 'acrescenta', 'adiciona', 'inclui']);

/** "ambos", "os dois" (read as "ambos" by normalise.ts), "todos": the options that follow are for every item. */
export const ALL_WORDS = new Set(['ambos', 'ambas', 'todos', 'todas']);

/** Words that start a remark for the kitchen when no option of the product follows them. */
export const REMARK_WORDS = new Set(['sem', 'com', 'bem', 'pouco', 'pouca', 'muito', 'muita', 'bastante', 'capricha', 'caprichado', 'caprichada', 'separado', 'separada', 'extra', 'gelada', 'gelado', 'trincando']);

/** Polite and ordering words that carry nothing to parse. */
export const FILLER_WORDS = new Set([
  'quero', 'queria', 'quer', 'gostaria', 'vou', 'vai', 'querer', 'pedir', 'pede', 'peco', 'manda', 'mande', 'mandar', 'me', 've', 'traz', 'traga', 'trazer',
  'pode', 'poderia', 'podia', 'ser', 'por', 'favor', 'pfv', 'pf', 'pfvr', 'pra', 'para', 'pro', 'mim', 'nos', 'gente', 'ai', 'entao', 'so', 'isso', 'tudo',
  'ok', 'blz', 'beleza', 'obrigado', 'obrigada', 'obg', 'vlw', 'valeu', 'boa', 'noite', 'tarde', 'bom', 'dia', 'oi', 'ola', 'oie', 'opa', 'eai', 'salve',
  'moco', 'moca', 'amigo', 'amiga', 'querido', 'querida', 'viagem', 'entrega', 'entregar', 'retirada', 'retirar', 'buscar', 'aqui', 'hoje', 'agora', 'ja',
  'que', 'q', 'eu', 'nosso', 'minha', 'meu', 'seria', 'sera', 'fica', 'ficar', 'fazer', 'faz', 'favorzinho', 'ae', 'la', 'tb', 'tbm', 'tambem', 'mais',
  'unidade', 'unidades', 'un', 'und', 'porcao', 'porcoes', 'bem', 'ta', 'esta', 'estou', 'to', 'tem', 'vcs', 'voces', 'vc', 'voce', 'ne', 'hein', 'kk', 'kkk',
  'rs', 'haha', 'ei', 'olha', 'agr', 'aquele', 'aquela', 'daquele', 'daquela', 'esse', 'essa', 'desse', 'dessa', 'pedido', 'mesmo', 'mesma', 'certo', 'sim',
  'claro', 'acho', 'pensando', 'fome', 'hj', 'tipo', 'ir', 'anotar', 'anota', 'coloca', 'coloque', 'bota', 'boto', 'poe', 'cada',
  'acrescenta', 'acrescentar', 'adiciona', 'adicionar', 'inclui', 'incluir', 'troca', 'trocar', 'troque', 'substitui', 'ah', 'opa', 'aliás', 'alias', 'verdade', 'dele', 'dela', 'nele', 'nela', 'vez', 'chegar', 'urgente',
]);

/** Abbreviations and slang read as another word before anything else. */
export const SLANG: Readonly<Record<string, string>> = {
  xis: 'x', xiz: 'x', cheese: 'x', refris: 'refri', qro: 'quero', qr: 'quero', qria: 'queria', vcs: 'voces', vc: 'voce', tbm: 'tambem', tb: 'tambem',
  pfv: 'por favor', pfvr: 'por favor', pf: 'por favor', mau: 'mal', hamburguer: 'burger', hamburger: 'burger', hamburgue: 'burger', lanche: 'burger', malpassado: 'mal passado',
  bempassado: 'bem passado', aoponto: 'ao ponto', naum: 'nao', n: 'nao', dz: 'duzia', duz: 'duzia',
};

/** Common words that look like menu words to a typo corrector ("cola", "mesa", "passa"): never corrected. */
export const EVERYDAY_WORDS = new Set([
  'mesa', 'casa', 'cola', 'bola', 'cade', 'onde', 'qual', 'quais', 'quanto', 'quantos', 'quanta', 'horas', 'hora', 'abre', 'fecha', 'aberto', 'aberta',
  'cardapio', 'menu', 'atendente', 'pessoa', 'humano', 'gerente', 'status', 'saiu', 'sabor', 'sabores', 'opcoes', 'preco', 'precos', 'valor', 'custa',
  'chegou', 'demora', 'demorando', 'errado', 'errada', 'frio', 'fria', 'falar', 'alguem', 'endereco', 'horario', 'aceita', 'aceitam', 'cartao', 'pix',
  'dinheiro', 'troco', 'nota', 'fiscal', 'cpf', 'rua', 'numero', 'bairro', 'casa', 'ponto', 'passado', 'passada', 'grande', 'pequena', 'media',
  'gelo', 'limao', 'gelada', 'gelado', 'quente', 'molho', 'maionese', 'ketchup', 'mostarda', 'cebola', 'tomate', 'alface', 'picles', 'sal',
  'catchup', 'barbecue', 'cheddar', 'azeitona', 'oregano', 'pimenta', 'canudo', 'copo', 'talher', 'talheres', 'guardanapo', 'sache', 'saches',
  'trocar', 'troca', 'ao', 'mal', 'inteira', 'inteiro', 'sabe', 'cheia', 'cheio', 'familia', 'tamanho', 'broto', 'salgada', 'salgado', 'precisa',
  'preciso', 'pedi', 'pedimos', 'veio', 'vem', 'volta', 'loja', 'domingo', 'sabado', 'feriado', 'entregam', 'queijo', 'sobremesa', 'bebida', 'lanche', 'litro', 'funcionando', 'nada', 'falta',
]);
