import { SALE_CHANNELS, type SaleChannel } from '../../../contract/sale-channels';
import type { ApiAnswer } from '../../shared/appliance-api';
import { formatCents, parseCents } from '../../shared/money';
import { InputError, type MessageKey, t } from '../texts';

export interface RuleTarget {
  productIds?: string[];
  categoryIds?: string[];
  channels?: SaleChannel[];
}
/** A pricing rule as `/pricing/rules` stores it (`docs/pricing.md`). */
export type RuleBody =
  | { id: string; kind: 'CHANNEL_MARKUP'; channel: SaleChannel; percentBp: number }
  | { id: string; kind: 'HAPPY_HOUR'; weekdays: number[]; from: string; to: string; percentOffBp: number; target: RuleTarget }
  | { id: string; kind: 'PERCENT_OFF'; percentOffBp: number; target: RuleTarget }
  | { id: string; kind: 'FIXED_OFF'; amountOffCents: number; target: RuleTarget }
  | { id: string; kind: 'BUY_X_GET_Y'; buy: number; get: number; target: RuleTarget }
  | { id: string; kind: 'COMBO_DISCOUNT'; productIds: string[]; amountOffCents: number; channels?: SaleChannel[] };
export type RuleKind = RuleBody['kind'];
export interface StoredRule {
  rule: RuleBody;
  active: boolean;
  updatedAt: string;
}
export type Simulation = ApiAnswer<'/api/v1/pricing/simulate', 'post'>;
export type TraceReason = Simulation['lines'][number]['trace'][number]['reason'];

export const RULE_KINDS: readonly RuleKind[] = ['HAPPY_HOUR', 'CHANNEL_MARKUP', 'PERCENT_OFF', 'FIXED_OFF', 'BUY_X_GET_Y', 'COMBO_DISCOUNT'];
/** The channels a rule may name: the contract's, which the API checks. */
export const CHANNELS = SALE_CHANNELS;
const isSaleChannel = (name: string): name is SaleChannel => (SALE_CHANNELS as readonly string[]).includes(name);

export const KIND_LABELS: Record<RuleKind, MessageKey> = {
  HAPPY_HOUR: 'ADMIN_RULE_HAPPY_HOUR',
  CHANNEL_MARKUP: 'ADMIN_RULE_CHANNEL_MARKUP',
  PERCENT_OFF: 'ADMIN_RULE_PERCENT_OFF',
  FIXED_OFF: 'ADMIN_RULE_FIXED_OFF',
  BUY_X_GET_Y: 'ADMIN_RULE_BUY_X_GET_Y',
  COMBO_DISCOUNT: 'ADMIN_RULE_COMBO_DISCOUNT',
};

export const CHANNEL_LABELS: Record<string, MessageKey> = {
  COUNTER: 'ADMIN_CHANNEL_COUNTER',
  TABLE: 'ADMIN_CHANNEL_TABLE',
  DELIVERY: 'ADMIN_CHANNEL_DELIVERY',
  TAKEOUT: 'ADMIN_CHANNEL_TAKEOUT',
  KIOSK: 'ADMIN_CHANNEL_KIOSK',
  MARKETPLACE: 'ADMIN_CHANNEL_MARKETPLACE',
};

export const REASON_LABELS: Record<TraceReason, MessageKey> = {
  MARKUP: 'ADMIN_TRACE_MARKUP',
  BEST_DISCOUNT: 'ADMIN_TRACE_BEST_DISCOUNT',
  COMBO: 'ADMIN_TRACE_COMBO',
  OTHER_CHANNEL: 'ADMIN_TRACE_OTHER_CHANNEL',
  OUTSIDE_WINDOW: 'ADMIN_TRACE_OUTSIDE_WINDOW',
  NOT_TARGETED: 'ADMIN_TRACE_NOT_TARGETED',
  NO_DISCOUNT: 'ADMIN_TRACE_NO_DISCOUNT',
  BEATEN: 'ADMIN_TRACE_BEATEN',
  INCOMPLETE_COMBO: 'ADMIN_TRACE_INCOMPLETE_COMBO',
  UNITS_ALREADY_DISCOUNTED: 'ADMIN_TRACE_UNITS_ALREADY_DISCOUNTED',
};

export const WEEKDAY_SHORT = ['dom', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb'];

/** What the rule form sends: its fields, and the multi-choice lists (weekdays, channels, products, categories). */
export interface RuleForm {
  fields: Record<string, string>;
  lists: { weekdays: string[]; channels: string[]; productIds: string[]; categoryIds: string[] };
}

/** `30` or `12,5` (%) → basis points: the same integer parseCents reads, as in the price change. */
function basisPoints(text: string): number {
  const bp = parseCents(text);
  if (bp === null || bp < 1 || bp > 10_000) throw new InputError(t('ADMIN_RULE_PERCENT_INVALID'));
  return bp;
}

function cents(text: string): number {
  const amount = parseCents(text);
  if (amount === null || amount < 1) throw new InputError(t('ADMIN_RULE_AMOUNT_INVALID'));
  return amount;
}

const nonEmpty = <T,>(list: T[]) => (list.length > 0 ? list : undefined);

/** The rule the form describes, in the API's shape; a pt-BR InputError names what is wrong. */
export function ruleFromForm({ fields, lists }: RuleForm): RuleBody {
  const id = fields.id.toLowerCase();
  // The form offers the sale channels only; anything else could only come from a tampered page.
  const channels = lists.channels.filter(isSaleChannel);
  const target: RuleTarget = { productIds: nonEmpty(lists.productIds), categoryIds: nonEmpty(lists.categoryIds), channels: nonEmpty(channels) };
  switch (fields.kind as RuleKind) {
    case 'CHANNEL_MARKUP':
      if (!isSaleChannel(fields.channel)) throw new InputError(t('ADMIN_RULE_CHANNEL_REQUIRED'));
      return { id, kind: 'CHANNEL_MARKUP', channel: fields.channel, percentBp: basisPoints(fields.percent) };
    case 'HAPPY_HOUR':
      if (lists.weekdays.length === 0) throw new InputError(t('ADMIN_RULE_WEEKDAYS_REQUIRED'));
      return { id, kind: 'HAPPY_HOUR', weekdays: lists.weekdays.map(Number), from: fields.from, to: fields.to, percentOffBp: basisPoints(fields.percent), target };
    case 'PERCENT_OFF':
      return { id, kind: 'PERCENT_OFF', percentOffBp: basisPoints(fields.percent), target };
    case 'FIXED_OFF':
      return { id, kind: 'FIXED_OFF', amountOffCents: cents(fields.amount), target };
    case 'BUY_X_GET_Y':
      return { id, kind: 'BUY_X_GET_Y', buy: Number(fields.buy), get: Number(fields.get), target };
    case 'COMBO_DISCOUNT':
      if (lists.productIds.length < 2) throw new InputError(t('ADMIN_RULE_COMBO_PRODUCTS'));
      return { id, kind: 'COMBO_DISCOUNT', productIds: lists.productIds, amountOffCents: cents(fields.amount), channels: nonEmpty(channels) };
    default:
      throw new InputError(t('ADMIN_RULE_KIND_REQUIRED'));
  }
}

/** `12,5 %` from basis points. */
export const percentText = (bp: number) => `${Math.floor(bp / 100)}${bp % 100 ? `,${String(bp % 100).padStart(2, '0').replace(/0$/, '')}` : ''}\u00a0%`;

function targetText(target: RuleTarget, names: Record<string, string>): string {
  const parts = [...(target.categoryIds ?? []), ...(target.productIds ?? [])].map((id) => names[id] ?? id);
  const channels = (target.channels ?? []).map((c) => t(CHANNEL_LABELS[c] ?? 'ADMIN_NONE'));
  return [parts.length ? parts.join(', ') : t('ADMIN_RULE_WHOLE_MENU'), ...(channels.length ? [channels.join(', ')] : [])].join(' · ');
}

/** One line in pt-BR saying what the rule does, with category and product names. */
export function describeRule(rule: RuleBody, names: Record<string, string>): string {
  switch (rule.kind) {
    case 'CHANNEL_MARKUP':
      return t('ADMIN_RULE_DESCRIBE_MARKUP', { percent: percentText(rule.percentBp), channel: t(CHANNEL_LABELS[rule.channel] ?? 'ADMIN_NONE') });
    case 'HAPPY_HOUR':
      return t('ADMIN_RULE_DESCRIBE_HAPPY_HOUR', { percent: percentText(rule.percentOffBp), days: rule.weekdays.map((d) => WEEKDAY_SHORT[d]).join(', '), from: rule.from, to: rule.to, target: targetText(rule.target, names) });
    case 'PERCENT_OFF':
      return t('ADMIN_RULE_DESCRIBE_PERCENT', { percent: percentText(rule.percentOffBp), target: targetText(rule.target, names) });
    case 'FIXED_OFF':
      return t('ADMIN_RULE_DESCRIBE_FIXED', { amount: formatCents(rule.amountOffCents), target: targetText(rule.target, names) });
    case 'BUY_X_GET_Y':
      return t('ADMIN_RULE_DESCRIBE_BUY_GET', { buy: rule.buy, get: rule.get, target: targetText(rule.target, names) });
    case 'COMBO_DISCOUNT':
      return t('ADMIN_RULE_DESCRIBE_COMBO', { amount: formatCents(rule.amountOffCents), products: rule.productIds.map((id) => names[id] ?? id).join(' + ') });
  }
}

interface OptionGroupLike {
  minChoices: number;
  options: { id: string }[];
}

/** A sample line must be orderable: each group that requires a choice gets its first options. */
export function sampleOptions(groups: readonly OptionGroupLike[]): string[] {
  return groups.flatMap((g) => g.options.slice(0, g.minChoices).map((o) => o.id));
}
