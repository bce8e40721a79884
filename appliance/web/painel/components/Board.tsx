import { board, fresh, live } from '../state/board';
import { t } from '../texts';

function Column({ id, title, numbers, hint }: { id: string; title: string; numbers: number[]; hint?: string }) {
  return (
    <section class={`column ${id}`} id={id}>
      <h2>{title}</h2>
      {hint && <p class="hint">{hint}</p>}
      <ol>
        {numbers.map((number) => (
          <li key={number} class={fresh.value.has(number) ? 'number fresh' : 'number'} data-number={number}>
            {number}
          </li>
        ))}
      </ol>
      {numbers.length === 0 && <p class="empty">{t('PAINEL_EMPTY')}</p>}
    </section>
  );
}

/** "Preparando" and "Pronto", numbers only, the newest ready first. */
export function Board({ storeName }: { storeName: string }) {
  const view = board.value;
  return (
    <main class="board">
      <header>
        <strong>{storeName}</strong>
        <span>{t('PAINEL_TITLE')}</span>
        {!live.value && (
          <span class="offline" id="offline" role="status">
            {t('PAINEL_OFFLINE')}
          </span>
        )}
      </header>
      <div class="columns">
        <Column id="preparing" title={t('PAINEL_PREPARING')} numbers={view?.preparing.map((o) => o.number) ?? []} />
        <Column id="ready" title={t('PAINEL_READY')} hint={t('PAINEL_READY_HINT')} numbers={view?.ready.map((o) => o.number) ?? []} />
      </div>
    </main>
  );
}
