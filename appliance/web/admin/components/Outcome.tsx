/** The result line of a form: a success in green, the API's pt-BR error in red. */
export function Outcome({ message, failed }: { message: string; failed: boolean }) {
  if (!message) return null;
  return (
    <p class={failed ? 'error' : 'ok'} role={failed ? 'alert' : 'status'}>
      {message}
    </p>
  );
}
