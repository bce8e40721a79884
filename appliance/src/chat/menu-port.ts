import type { ModuleContext } from '../kernel/module.js';
import type { ChatMenu } from './parser/menu.js';
import { MenuIndex } from './parser/menu-index.js';

/**
 * Where the chat module gets the menu it parses against, given at registration (modules.ts): the
 * chat module never reads the catalog itself. `onChange` is called after anything on the menu changed.
 */
export interface ChatMenuPort {
  read(): ChatMenu;
  onChange(listener: () => void): void;
}

export type ChatMenuPortFactory = (ctx: ModuleContext) => ChatMenuPort;

/** The compiled menu, rebuilt on the first parse after a change (a burst of catalog edits compiles once). */
export class ChatMenuCache {
  private index: MenuIndex | null = null;

  constructor(private readonly port: ChatMenuPort) {
    port.onChange(() => {
      this.index = null;
    });
  }

  current(): MenuIndex {
    this.index ??= new MenuIndex(this.port.read());
    return this.index;
  }
}
