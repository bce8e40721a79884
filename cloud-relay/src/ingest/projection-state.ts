/** In-memory rows for one ingest batch: events are folded here first, then flushed in a few statements. */
export interface ProjectionScope {
  clientId: string;
  storeId: string;
  timeZone: string;
}

export interface OrderRow {
  id: string;
  number: number | null;
  businessDate: string;
  channel: string | null;
  tableId: string | null;
  customerId: string | null;
  status: string;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  paidCents: number;
  /** Every tender ever captured on the order, refunds not taken off: the first capture is what counts the order. */
  capturedCents: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrderItemRow {
  id: string;
  orderId: string;
  /** The order's business date: items live in their order's monthly partition. */
  businessDate: string;
  productId: string | null;
  name: string;
  categoryId: string | null;
  quantity: number;
  unit: string;
  unitPriceCents: number;
  discountCents: number;
  totalCents: number;
  /** The line's share of its order's discount, as last spread (see spreadOrderShares). */
  orderDiscountCents: number;
  /** The line's share of the refunds on its order, as last spread. */
  refundedCents: number;
}

export interface PaymentRow {
  id: string;
  orderId: string;
  businessDate: string;
  method: string;
  amountCents: number;
  changeCents: number;
  refundedCents: number;
  provider: string | null;
  cashierSessionId: string | null;
  capturedAt: string;
}

export interface HourlyDelta {
  businessDate: string;
  hour: number;
  method: string;
  ordersCount: number;
  paymentsCount: number;
  amountCents: number;
  refundedCents: number;
}

export interface ProductDelta {
  businessDate: string;
  productId: string;
  name: string;
  quantity: number;
  itemsCount: number;
  amountCents: number;
  discountCents: number;
  refundedCents: number;
}

export interface BusinessDayRow {
  id: string;
  businessDate: string;
  openedAt: string | null;
  closedAt: string | null;
  report: unknown;
  /** The Z as the store printed it; null from stores of earlier releases. */
  text: string | null;
}

export class BatchProjection {
  readonly categories = new Map<string, unknown[]>();
  readonly products = new Map<string, unknown[]>();
  readonly customers = new Map<string, unknown[]>();
  /** Customers anonymized in this batch: their link to past orders is dropped too. */
  readonly erasedCustomers = new Set<string>();
  readonly layouts = new Map<string, unknown[]>();
  readonly tables = new Map<string, unknown[]>();
  readonly configurations = new Map<string, unknown[]>();
  readonly stockItems = new Map<string, unknown[]>();
  readonly stockMovements = new Map<string, unknown[]>();
  readonly businessDays = new Map<string, BusinessDayRow>();
  readonly orders = new Map<string, OrderRow>();
  readonly changedOrders = new Set<string>();
  readonly orderItems = new Map<string, OrderItemRow>();
  readonly changedItems = new Set<string>();
  /** Items moved to another order (tab transfers): item id → new order id. */
  readonly itemMoves = new Map<string, string>();
  readonly payments = new Map<string, PaymentRow>();
  readonly changedPayments = new Set<string>();
  readonly hourly = new Map<string, HourlyDelta>();
  readonly productSales = new Map<string, ProductDelta>();
  /** Orders whose discount or refunds must be spread over their lines again once the batch is folded. */
  readonly ordersToSpread = new Set<string>();
  /** The business day of an order's latest refund in the batch: its refund shares come off that day's products, as off its sales. */
  readonly refundDays = new Map<string, string>();
  skipped = 0;

  constructor(readonly scope: ProjectionScope) {}

  addHourly(businessDate: string, hour: number, method: string, delta: Partial<Omit<HourlyDelta, 'businessDate' | 'hour' | 'method'>>): void {
    const key = `${businessDate}|${hour}|${method}`;
    let row = this.hourly.get(key);
    if (!row) {
      row = { businessDate, hour, method, ordersCount: 0, paymentsCount: 0, amountCents: 0, refundedCents: 0 };
      this.hourly.set(key, row);
    }
    row.ordersCount += delta.ordersCount ?? 0;
    row.paymentsCount += delta.paymentsCount ?? 0;
    row.amountCents += delta.amountCents ?? 0;
    row.refundedCents += delta.refundedCents ?? 0;
  }

  /** A line sold (1) or taken off (-1), with the discount and refund shares it carries. */
  addProductSale(businessDate: string, item: OrderItemRow, sign: 1 | -1): void {
    const row = this.productRow(businessDate, item);
    row.quantity += sign * item.quantity;
    row.itemsCount += sign;
    row.amountCents += sign * item.totalCents;
    row.discountCents += sign * item.orderDiscountCents;
    row.refundedCents += sign * item.refundedCents;
  }

  /** A line's discount or refund share changed by these differences (the line itself is sold already). */
  addProductShares(businessDate: string, item: OrderItemRow, delta: { discountCents: number; refundedCents: number }): void {
    const row = this.productRow(businessDate, item);
    row.discountCents += delta.discountCents;
    row.refundedCents += delta.refundedCents;
  }

  private productRow(businessDate: string, item: OrderItemRow): ProductDelta {
    const productId = item.productId ?? `name:${item.name}`;
    const key = `${businessDate}|${productId}`;
    let row = this.productSales.get(key);
    if (!row) {
      row = { businessDate, productId, name: item.name, quantity: 0, itemsCount: 0, amountCents: 0, discountCents: 0, refundedCents: 0 };
      this.productSales.set(key, row);
    }
    return row;
  }
}
