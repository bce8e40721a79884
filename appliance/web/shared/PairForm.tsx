import { useState } from 'preact/hooks';
import { ApiError } from './api';
import { useAutofocus } from './autofocus';
import { type PairedScreen, pairScreen } from './device-screen';

export interface PairFormTexts {
  title: string;
  hint: string;
  code: string;
  submit: string;
  failed: string;
}

/** The one-time pairing of an unattended screen; the API's pt-BR message on a bad code. */
export function PairForm({ storageKey, texts, paired }: { storageKey: string; texts: PairFormTexts; paired(screen: PairedScreen): void }) {
  const [error, setError] = useState('');
  const field = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      paired(await pairScreen(storageKey, field.current?.value ?? ''));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : texts.failed);
    }
  };
  return (
    <form class="pair" id="pair-form" onSubmit={submit} autocomplete="off">
      <h1>{texts.title}</h1>
      <p>{texts.hint}</p>
      <label>
        {texts.code}
        <input name="code" autocapitalize="characters" ref={field} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{texts.submit}</button>
    </form>
  );
}
