/**
 * The handout's print button: shown only where this script runs (without JavaScript it stays
 * hidden, and the line beside it says how to print with the browser's own menu).
 */
const printButton = document.querySelector<HTMLButtonElement>('[data-print]');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => print());
}
