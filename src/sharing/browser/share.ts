/** Shows the share button only where the browser can share (Web Share API); the links stay for the rest. */
const button = document.querySelector<HTMLButtonElement>('[data-share-url]');
if (button && typeof navigator.share === 'function') {
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.share({ title: button.dataset['shareTitle'] ?? '', url: button.dataset['shareUrl'] ?? '' }).catch(() => {});
  });
}
