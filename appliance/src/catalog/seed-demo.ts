import type { CommandTx } from '../kernel/journal/command-bus.js';
import { gtinCheckDigit } from './barcode.js';
import { createCategory } from './categories.js';
import { createProduct } from './products.js';
import { categoryInput, productInput } from './schemas.js';

const ean13 = (body12: string) => body12 + gtinCheckDigit(body12);
const food = { ncm: '21069090', cfop: '5102', taxGroup: 'FOOD' };
const drink = (ncm: string) => ({ ncm, cfop: '5405', cest: '0300700', taxGroup: 'DRINK_ST' });

const categories = [
  { id: 'cat-burgers', name: 'Hambúrgueres', sortOrder: 1, station: 'GRILL', prepSeconds: 600 },
  { id: 'cat-sides', name: 'Porções', sortOrder: 2, station: 'FRYER', prepSeconds: 300 },
  { id: 'cat-pizzas', name: 'Pizzas', sortOrder: 3, station: 'ASSEMBLY', prepSeconds: 900 },
  { id: 'cat-combos', name: 'Combos', sortOrder: 4, station: 'ASSEMBLY', prepSeconds: 600 },
  { id: 'cat-drinks', name: 'Bebidas', sortOrder: 5, station: 'COLD', prepSeconds: 60 },
  { id: 'cat-soft-drinks', parentId: 'cat-drinks', name: 'Refrigerantes', sortOrder: 1 },
  { id: 'cat-salad-bar', name: 'Buffet por quilo', sortOrder: 6, station: null, prepSeconds: 0 },
  { id: 'cat-desserts', name: 'Sobremesas', sortOrder: 7, station: 'COLD', prepSeconds: 120 },
  { id: 'cat-leisure', name: 'Lazer', sortOrder: 8 },
];

const doneness = {
  id: 'doneness',
  name: 'Ponto da carne',
  kind: 'MODIFIER',
  minChoices: 1,
  maxChoices: 1,
  options: [
    { id: 'rare', name: 'Mal passado' },
    { id: 'medium', name: 'Ao ponto' },
    { id: 'well-done', name: 'Bem passado' },
  ],
};
const burgerExtras = {
  id: 'extras',
  name: 'Adicionais',
  kind: 'MODIFIER',
  minChoices: 0,
  maxChoices: 3,
  options: [
    { id: 'bacon', name: 'Bacon', priceCents: 500 },
    { id: 'extra-cheese', name: 'Queijo extra', priceCents: 400 },
    { id: 'egg', name: 'Ovo', priceCents: 300 },
  ],
};
const flavours = (maxChoices: number) => ({
  id: 'flavours',
  name: 'Sabores',
  kind: 'FLAVOR',
  minChoices: 1,
  maxChoices,
  options: [
    { id: 'mozzarella', name: 'Mussarela', priceCents: 4590 },
    { id: 'pepperoni', name: 'Calabresa', priceCents: 4790 },
    { id: 'margherita', name: 'Margherita', priceCents: 4990 },
    { id: 'portuguese', name: 'Portuguesa', priceCents: 5290 },
    { id: 'four-cheese', name: 'Quatro queijos', priceCents: 5490 },
  ],
});
const crust = { id: 'crust', name: 'Borda', kind: 'MODIFIER', minChoices: 0, maxChoices: 1, options: [{ id: 'catupiry-crust', name: 'Borda de catupiry', priceCents: 800 }] };

const products = [
  { id: 'prod-classic-burger', categoryId: 'cat-burgers', sku: 'BUR-001', name: 'X-Burger clássico', aliases: ['cheeseburger'], type: 'SIMPLE', priceCents: 2990, optionGroups: [doneness, burgerExtras], fiscal: food },
  { id: 'prod-bacon-burger', categoryId: 'cat-burgers', sku: 'BUR-002', name: 'X-Bacon', aliases: ['x bacon', 'cheese bacon'], type: 'SIMPLE', priceCents: 3490, optionGroups: [doneness, burgerExtras], fiscal: food },
  { id: 'prod-veggie-burger', categoryId: 'cat-burgers', sku: 'BUR-003', name: 'Burger vegetariano', aliases: ['vegetariano', 'veggie'], type: 'SIMPLE', priceCents: 3190, prepSeconds: 480, fiscal: food },
  { id: 'prod-fries', categoryId: 'cat-sides', sku: 'SID-001', name: 'Batata frita', aliases: ['fritas'], type: 'SIMPLE', priceCents: 1290, fiscal: food },
  { id: 'prod-onion-rings', categoryId: 'cat-sides', sku: 'SID-002', name: 'Anéis de cebola', aliases: ['onion rings'], type: 'SIMPLE', priceCents: 1490, fiscal: food },
  { id: 'prod-pizza-half', categoryId: 'cat-pizzas', sku: 'PIZ-001', name: 'Pizza grande meio a meio', aliases: ['pizza meio a meio'], type: 'COMPOSITE', priceCents: 4590, composite: { priceRule: 'HIGHEST', maxFractions: 2 }, optionGroups: [flavours(2), crust], fiscal: food },
  { id: 'prod-pizza-family', categoryId: 'cat-pizzas', sku: 'PIZ-002', name: 'Pizza família até 4 sabores', aliases: ['pizza gigante', 'família'], type: 'COMPOSITE', priceCents: 4590, composite: { priceRule: 'AVERAGE', maxFractions: 4 }, optionGroups: [flavours(4), crust], prepSeconds: 1200, fiscal: food },
  { id: 'prod-coke', categoryId: 'cat-soft-drinks', sku: 'BEB-001', name: 'Coca-Cola lata 350 ml', aliases: ['coca', 'refri', 'refrigerante'], type: 'SIMPLE', priceCents: 690, barcode: ean13('789490001151'), stockPolicy: 'TRACK', fiscal: drink('22021000') },
  { id: 'prod-guarana', categoryId: 'cat-soft-drinks', sku: 'BEB-002', name: 'Guaraná lata 350 ml', aliases: ['guaraná antarctica', 'refri', 'refrigerante'], type: 'SIMPLE', priceCents: 690, barcode: ean13('789100010011'), stockPolicy: 'TRACK', fiscal: drink('22021000') },
  { id: 'prod-orange-juice', categoryId: 'cat-drinks', sku: 'BEB-003', name: 'Suco de laranja 500 ml', aliases: ['suco natural'], type: 'SIMPLE', priceCents: 990, prepSeconds: 120, fiscal: { ...food, ncm: '20091200' } },
  { id: 'prod-beer', categoryId: 'cat-drinks', sku: 'BEB-004', name: 'Cerveja long neck', aliases: ['breja', 'cerva'], type: 'SIMPLE', priceCents: 1190, barcode: ean13('789605300120'), channels: ['COUNTER', 'TABLE', 'TAKEOUT'], stockPolicy: 'TRACK', fiscal: drink('22030000') },
  { id: 'prod-salad-bar', categoryId: 'cat-salad-bar', sku: 'BUF-001', name: 'Buffet de saladas (kg)', type: 'WEIGHT', priceCents: 6990, channels: ['COUNTER', 'TABLE'], sendToKitchen: false, fiscal: food },
  { id: 'prod-brownie', categoryId: 'cat-desserts', sku: 'SOB-001', name: 'Brownie com sorvete', type: 'SIMPLE', priceCents: 1890, fiscal: food },
  {
    id: 'prod-combo-classic',
    categoryId: 'cat-combos',
    sku: 'CMB-001',
    name: 'Combo X-Burger + porção + bebida',
    aliases: ['combo clássico'],
    type: 'COMBO',
    priceCents: 3990,
    combo: { items: [{ productId: 'prod-classic-burger', quantity: 1 }] },
    optionGroups: [
      doneness,
      { id: 'combo-side', name: 'Acompanhamento', kind: 'CHOICE', minChoices: 1, maxChoices: 1, options: [
        { id: 'side-fries', name: 'Batata frita', productId: 'prod-fries' },
        { id: 'side-rings', name: 'Anéis de cebola', priceCents: 200, productId: 'prod-onion-rings' },
      ] },
      { id: 'combo-drink', name: 'Bebida', kind: 'CHOICE', minChoices: 1, maxChoices: 1, options: [
        { id: 'drink-coke', name: 'Coca-Cola lata', productId: 'prod-coke' },
        { id: 'drink-guarana', name: 'Guaraná lata', productId: 'prod-guarana' },
        { id: 'drink-juice', name: 'Suco de laranja', priceCents: 300, productId: 'prod-orange-juice' },
      ] },
    ],
    fiscal: food,
  },
  { id: 'prod-billiards', categoryId: 'cat-leisure', sku: 'LAZ-001', name: 'Sinuca (15 min)', type: 'TIME', priceCents: 1000, timeBlockMinutes: 15, channels: ['COUNTER', 'TABLE'], sendToKitchen: false, fiscal: { cfop: '5933', taxGroup: 'SERVICE' } },
];

/** The demo menu: burgers, half-and-half pizzas, drinks, a weighed salad bar, a combo and billiards. */
export function seedDemoCatalog(tx: CommandTx): void {
  for (const c of categories) createCategory(tx, categoryInput.parse(c));
  for (const p of products) createProduct(tx, productInput.parse(p));
}
