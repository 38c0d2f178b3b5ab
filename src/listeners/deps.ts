import type { Logger } from '@slack/bolt';
import type { AnswerDeps } from '../answers/index.js';
import type { ResponseBudget } from './response-budget.js';

/** What every listener works with: the use cases' needs, plus the log and the response_url budget. */
export interface ListenerDeps extends AnswerDeps {
  logger: Logger;
  budget: ResponseBudget;
}
