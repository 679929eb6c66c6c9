/**
 * The visitor's draft, kept in sessionStorage: it survives a reload or an accidental
 * back-navigation in the same tab, disappears when the tab is closed (a shared computer in a
 * social office keeps nothing), and is cleared after a successful send.
 * Storage may be missing or refuse (private modes, full quota): the form then simply works without it.
 */
import { fieldNames, type FieldName } from './fields.ts';

export const draftKey = 'lisko.contactForm.draft';
export type Draft = Partial<Record<FieldName, string>>;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(store = storage()): Draft {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(draftKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const draft: Draft = {};
    for (const name of fieldNames) {
      const value = (parsed as Record<string, unknown>)[name];
      if (typeof value === 'string' && value) draft[name] = value;
    }
    return draft;
  } catch {
    return {};
  }
}

export function writeDraft(draft: Draft, store = storage()): void {
  try {
    const filled = Object.fromEntries(Object.entries(draft).filter(([, value]) => value));
    if (Object.keys(filled).length) store?.setItem(draftKey, JSON.stringify(filled));
    else store?.removeItem(draftKey);
  } catch {
    // Storage full or forbidden: nothing is lost on the page itself. An older draft must not
    // stay behind: after a reload it would be restored over nothing newer, but it is stale.
    clearDraft(store);
  }
}

export function clearDraft(store = storage()): void {
  try {
    store?.removeItem(draftKey);
  } catch {
    // As above.
  }
}
