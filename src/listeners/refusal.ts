import type { SlackMessage } from '../blocks/kit.js';

/** The bot declines a request with a ready message (not linked, not available yet): always a private reply. */
export class Refusal extends Error {
  constructor(readonly reply: SlackMessage) {
    super(reply.text);
    this.name = 'Refusal';
  }
}
