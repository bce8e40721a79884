import { ConversationsPage } from '../pages/ConversationsPage';
import { DashboardPage } from '../pages/DashboardPage';
import { DeliveriesPage } from '../pages/DeliveriesPage';
import { DevicesPage } from '../pages/DevicesPage';
import { FiscalPage } from '../pages/FiscalPage';
import { FloorPage } from '../pages/FloorPage';
import { KitchenPage } from '../pages/KitchenPage';
import { MenuPage } from '../pages/MenuPage';
import { PricingPage } from '../pages/PricingPage';
import { PrintersPage } from '../pages/PrintersPage';
import { ReportsPage } from '../pages/ReportsPage';
import { StorePage } from '../pages/StorePage';
import { UsersPage } from '../pages/UsersPage';
import { type Area, area } from '../state/route';
import { manager } from '../state/session';
import { LoginScreen } from './LoginScreen';
import { Navigation } from './Navigation';

const PAGES: Record<Area, () => preact.JSX.Element> = {
  dashboard: DashboardPage,
  store: StorePage,
  menu: MenuPage,
  pricing: PricingPage,
  floor: FloorPage,
  kitchen: KitchenPage,
  printers: PrintersPage,
  devices: DevicesPage,
  users: UsersPage,
  fiscal: FiscalPage,
  reports: ReportsPage,
  chat: ConversationsPage,
  delivery: DeliveriesPage,
};

/** Sign in, then the menu of areas on the left and the chosen area on the right. */
export function App() {
  if (!manager.value) return <LoginScreen />;
  const Page = PAGES[area.value];
  return (
    <div class="shell">
      <Navigation />
      <main class="page" id={`page-${area.value}`}>
        <Page />
      </main>
    </div>
  );
}
