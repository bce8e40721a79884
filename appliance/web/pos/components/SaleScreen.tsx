import { useEffect } from 'preact/hooks';
import { bindSaleKeys } from '../keyboard';
import { optionsFor } from '../state/actions';
import { closeSlip, closing } from '../state/drawer';
import { drawerOpsOpen, xReportText } from '../state/drawer-ops';
import { lastChange, payingOrder } from '../state/sale';
import { cpfOpen, focusSearch, helpOpen, managerAction } from '../state/ui';
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
import { ProductPicker } from './ProductPicker';

/** The counter: products on the left, the sale on the right, dialogs on top. */
export function SaleScreen() {
  const dialogOpen = () => optionsFor.value !== null || payingOrder.value !== null || lastChange.value !== null || closing.value || closeSlip.value !== null || cpfOpen.value || drawerOpsOpen.value || xReportText.value !== null;
  useEffect(() => {
    // A dialog that opened with the screen (a sale paid from the queue after a reload) keeps its focus.
    if (!dialogOpen()) focusSearch();
    return bindSaleKeys(() => !dialogOpen() || helpOpen.value);
  }, []);
  const product = optionsFor.value;
  const paying = payingOrder.value;
  const paid = lastChange.value;
  return (
    <main class="sale">
      <ProductPicker />
      <div class="side">
        <Cart />
        <PendingStrip />
        <OrdersStrip />
      </div>
      {product && <OptionsDialog key={product.id} product={product} />}
      {paying && <PaymentDialog key={paying.id} order={paying} />}
      {paying && managerAction.value && <ManagerDialog kind={managerAction.value} order={paying} />}
      {cpfOpen.value && <CpfDialog />}
      {paid && !paying && <PaidDialog number={paid.number} changeCents={paid.changeCents} />}
      {closing.value && <CloseDrawerDialog />}
      {closeSlip.value !== null && <CloseSlip text={closeSlip.value} />}
      {drawerOpsOpen.value && <DrawerOpsDialog />}
      {xReportText.value !== null && <XReportDialog text={xReportText.value} />}
      {helpOpen.value && <HelpDialog />}
    </main>
  );
}
