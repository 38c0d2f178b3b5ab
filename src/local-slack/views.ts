// views.publish: an App Home view for a user the workspace knows. The view is accepted, not recorded.
import { randomBytes } from 'node:crypto';
import { stringField } from './request-body.js';
import type { SlackUser } from './types.js';
import type { WebApiMethod } from './web-api.js';

export function viewsMethods(users: ReadonlyMap<string, SlackUser>): Record<string, WebApiMethod> {
  return {
    'views.publish': (args) => {
      const userId = stringField(args, 'user_id');
      if (!userId || !users.has(userId)) return { ok: false, error: 'user_not_found' };
      if (typeof args.view !== 'object' || args.view === null) return { ok: false, error: 'invalid_arguments' };
      return { ok: true, view: { ...args.view, id: `V${randomBytes(4).toString('hex').toUpperCase()}`, type: 'home' } };
    },
  };
}
