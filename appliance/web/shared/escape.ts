/** A dialog's keydown handler: Escape closes it (and goes no further). */
export function closeOnEscape(close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
}
