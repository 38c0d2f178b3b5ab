import type { Logger } from '@slack/bolt';
import type { UserAccess } from '../access/user-access.js';
import type { CallLogService } from '../service/types.js';
import type { ResponseBudget } from './response-budget.js';

/** What every listener works with; the Web API client and respond() come with each request. */
export interface ListenerDeps {
  service: CallLogService;
  access: UserAccess;
  logger: Logger;
  now: () => Date;
  budget: ResponseBudget;
}
