import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n from '@/i18n';

// findBy… and waitFor wait for the page, not for a deadline: on a busy CI machine a render takes seconds (see testTimeout).
configure({ asyncUtilTimeout: 10_000 });

// jsdom has <dialog> but not its modal behaviour.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

afterEach(async () => {
  cleanup();
  if (i18n.language !== 'nl') await i18n.changeLanguage('nl');
});
