/** jsdom has no modal dialogs: `showModal` and `close` only toggle `open`, as a browser would. */
export function polyfillDialogs(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}
