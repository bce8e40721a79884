import { useEffect } from 'preact/hooks';
import { bindSaleKeys } from '../keyboard';
import { optionsFor } from '../state/actions';
import { closeSlip, closing } from '../state/drawer';
import { drawerOpsOpen, xReportText } from '../state/drawer-ops';
import { deliveryOpen, deliveryPlaced } from '../state/delivery';
import { lastChange, payingOrder } from '../state/sale';
import { pastSale } from '../state/past-sale';
import { tracedLine } from '../state/price-trace';
import { cpfOpen, focusSearch, helpOpen, managerAction } from '../state/ui';
import { weighing } from '../state/weighing';
import { CancelLineDialog } from './CancelLineDialog';
import { Cart } from './Cart';
import { CloseDrawerDialog } from './CloseDrawerDialog';
import { CloseSlip } from './CloseSlip';
import { CpfDialog } from './CpfDialog';
import { DrawerOpsDialog, XReportDialog } from './DrawerOpsDialog';
import { HelpDialog } from './HelpDialog';
import { ManagerDialog } from './ManagerDialog';
import { OptionsDialog } from './OptionsDialog';
import { OrdersStrip } from './OrdersStrip';
import { PaidDialog } from './PaidDialog';
import { PaymentDialog } from './PaymentDialog';
import { PendingStrip } from './PendingStrip';
import { lazyComponent } from './lazy';
import { ProductPicker } from './ProductPicker';

// Opened now and then, and only with the appliance there: fetched on first use, off the scan and tap path.
const WeighDialog = lazyComponent(() => import('./WeighDialog').then((m) => m.WeighDialog));
const PriceTraceDialog = lazyComponent(() => import('./PriceTraceDialog').then((m) => m.PriceTraceDialog));
const PastSaleDialog = lazyComponent(() => import('./PastSaleDialog').then((m) => m.PastSaleDialog));
const DeliveryDialog = lazyComponent(() => import('./DeliveryDialog').then((m) => m.DeliveryDialog));
const DeliveryPlacedDialog = lazyComponent(() => import('./DeliveryPlacedDialog').then((m) => m.DeliveryPlacedDialog));

/** The counter: products on the left, the sale on the right, dialogs on top. */
export function SaleScreen() {
  const dialogOpen = () => optionsFor.value !== null || payingOrder.value !== null || lastChange.value !== null || closing.value || closeSlip.value !== null || cpfOpen.value || drawerOpsOpen.value || xReportText.value !== null || weighing.value !== null || tracedLine.value !== null || pastSale.value !== null || deliveryOpen.value || deliveryPlaced.value !== null;
  useEffect(() => {
    // A dialog that opened with the screen (a sale paid from the queue after a reload) keeps its focus.
    if (!dialogOpen()) focusSearch();
    return bindSaleKeys(() => !dialogOpen() || helpOpen.value);
  }, []);
  const product = optionsFor.value;
  const paying = payingOrder.value;
  const paid = lastChange.value;
  const weighed = weighing.value;
  const traced = tracedLine.value;
  const past = pastSale.value;
  const placed = deliveryPlaced.value;
  return (
    <main class="sale">
      <ProductPicker />
      <div class="side">
        <Cart />
        {/* A fixed band: an order queued or sent never moves the cart's buttons under a second tap. */}
        <div class="strips">
          <PendingStrip />
          <OrdersStrip />
        </div>
      </div>
      {product && <OptionsDialog key={product.id} product={product} />}
      {paying && <PaymentDialog key={paying.id} order={paying} />}
      {paying && (managerAction.value === 'discount' || managerAction.value === 'cancel') && <ManagerDialog kind={managerAction.value} order={paying} />}
      {paying && managerAction.value === 'cancel-line' && <CancelLineDialog key={paying.id} order={paying} />}
      {cpfOpen.value && <CpfDialog />}
      {paid && !paying && <PaidDialog number={paid.number} changeCents={paid.changeCents} />}
      {closing.value && <CloseDrawerDialog />}
      {closeSlip.value !== null && <CloseSlip text={closeSlip.value} />}
      {drawerOpsOpen.value && <DrawerOpsDialog />}
      {xReportText.value !== null && <XReportDialog text={xReportText.value} />}
      {weighed && <WeighDialog key={weighed.id} product={weighed} />}
      {traced && <PriceTraceDialog key={traced.key} line={traced} />}
      {past && !paying && <PastSaleDialog key={past.id} order={past} />}
      {deliveryOpen.value && <DeliveryDialog />}
      {placed && <DeliveryPlacedDialog {...placed} />}
      {helpOpen.value && <HelpDialog />}
    </main>
  );
}
