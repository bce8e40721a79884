export type { CustomerDisplay, DisplayLines, DisplayCommandSet, DisplayCodePage } from './customer-display.js';
export { SerialCustomerDisplay, type SerialDisplayOptions } from './serial-display.js';
export { VirtualCustomerDisplay } from './virtual-display.js';
export { DisplayEmulator } from './display-emulator.js';
export { itemAndTotalLines, paidAndChangeLines, type DisplayedItem } from './item-lines.js';
export { customerDisplayMessages } from './messages.pt-BR.js';
