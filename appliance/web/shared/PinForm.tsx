import { useState } from 'preact/hooks';
import { useAutofocus } from './autofocus';

export interface PinFormTexts {
  title: string;
  username: string;
  pin: string;
  submit: string;
}

interface Props {
  id: string;
  class: string;
  texts: PinFormTexts;
  /** Signs in with the trimmed username and the PIN; a refusal's pt-BR text comes from `errorText`. */
  login(username: string, pin: string): Promise<void>;
  errorText(failure: unknown): string;
}

/** A person signs in on a set-up terminal or a paired phone by username and PIN (POS operator switch, waiter app). */
export function PinForm({ id, class: className, texts, login, errorText }: Props) {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    try {
      await login(String(data.get('username')).trim(), String(data.get('pin')));
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <form class={className} id={id} onSubmit={submit} autocomplete="off">
      <h1>{texts.title}</h1>
      <label>
        {texts.username}
        <input name="username" autocapitalize="off" ref={first} />
      </label>
      <label>
        {texts.pin}
        <input name="pin" type="password" inputMode="numeric" maxLength={6} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary">
        {texts.submit}
      </button>
    </form>
  );
}
