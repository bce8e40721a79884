import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '../texts';
/** A screen's data from a typed API call (`api.get(...)`), with its pt-BR error and a reload. */
export function useQuery<T>(load: () => Promise<T>, key: string): { data: T | null; error: string; reload: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState('');
  // `key` names what `load` reads: a new closure at each render is the same query.
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError('');
    } catch (failure) {
      setError(errorText(failure));
    }
  }, [key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload };
}

/** Runs a change and reports its outcome in pt-BR: `[run, busy, message, failed]`. */
export function useAction(): [(work: () => Promise<string>) => Promise<boolean>, boolean, string, boolean] {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const run = async (work: () => Promise<string>): Promise<boolean> => {
    setBusy(true);
    try {
      setMessage(await work());
      setFailed(false);
      return true;
    } catch (failure) {
      setMessage(errorText(failure));
      setFailed(true);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return [run, busy, message, failed];
}

/** The fields of a submitted form as trimmed strings. */
export function formFields(event: Event): Record<string, string> {
  event.preventDefault();
  const data = new FormData(event.currentTarget as HTMLFormElement);
  return Object.fromEntries([...data.entries()].map(([name, value]) => [name, String(value).trim()]));
}

/** The API's largest page (`size` is at most 100). */
const PAGE_SIZE = 100;

/** Every item of a paged list: reads `page` 1, 2… of `PAGE_SIZE` until one comes back short. */
export async function readAllPages<T>(readPage: (page: number, size: number) => Promise<readonly T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const items = await readPage(page, PAGE_SIZE);
    all.push(...items);
    if (items.length < PAGE_SIZE) return all;
  }
}
