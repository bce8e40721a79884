/**
 * An append-only list kept in the browser's IndexedDB: each entry gets an increasing sequence
 * number, so entries come back in the order they were added, across page reloads and browser
 * restarts. The terminals keep the work the appliance has not answered yet here (not in memory,
 * not in localStorage, whose synchronous writes would stall the screen).
 */
export interface Logged<T> {
  seq: number;
  entry: T;
}

const STORE = 'entries';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export class IdbLog<T> {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly name: string) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(STORE, mode).objectStore(STORE);
  }

  /** Adds an entry durably (the transaction committed) and answers its sequence number. */
  async append(entry: T): Promise<number> {
    const store = await this.store('readwrite');
    const request = store.add(entry);
    await new Promise<void>((resolve, reject) => {
      store.transaction.oncomplete = () => resolve();
      store.transaction.onabort = () => reject(store.transaction.error);
    });
    return request.result as number;
  }

  async list(): Promise<Logged<T>[]> {
    const store = await this.store('readonly');
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    return keys.map((key, i) => ({ seq: key as number, entry: values[i] as T }));
  }

  async remove(seq: number): Promise<void> {
    await done((await this.store('readwrite')).delete(seq));
  }
}
