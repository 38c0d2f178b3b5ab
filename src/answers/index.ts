// The use cases: one Slack user's request → the service → a message. Listeners adapt Bolt to these.
export { answerPageTurn, answerShare } from './call-list.js';
export { answerCommand } from './command.js';
export type { AnswerDeps, OnDelay } from './deps.js';
export { answerHome, createHomePublisher, type Explain, type PublishView } from './home.js';
export { answerRecording } from './recording.js';
