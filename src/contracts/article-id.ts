import { createHash } from 'node:crypto';

/**
 * The id of an article submitted without one: sha256 of its normalised text, so the same
 * text gets the same id however its white space or Unicode composition varied.
 */
export function articleIdForText(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/** Hash of the exact text, to tell an unchanged resubmission from a revised one. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
