import type { TabView } from '../state/floor';
import type { Sheet } from '../state/ui';
import { BillSheet } from './BillSheet';
import { CancelItemSheet } from './CancelItemSheet';
import { MoreSheet } from './MoreSheet';
import { MoveSheet } from './MoveSheet';
import { PaySheet } from './PaySheet';
import { SplitSheet } from './SplitSheet';

/** The tab's less frequent sheets (more actions, moves, cancelling a dish, split, bill, payment): one chunk, loaded on first use. */
export function TabSheet({ tab, open }: { tab: TabView; open: Exclude<Sheet, null | 'menu'> }) {
  if (open === 'more') return <MoreSheet tab={tab} />;
  if (open === 'split') return <SplitSheet tab={tab} />;
  if (open === 'bill') return <BillSheet tab={tab} />;
  if (open === 'pay') return <PaySheet tab={tab} />;
  if (open === 'cancel-item') return <CancelItemSheet tab={tab} />;
  return <MoveSheet tab={tab} mode={open} />;
}
