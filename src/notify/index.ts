// Public API of notifications: config (file/env, zod), signed webhooks, Slack-compatible hooks, SMTP, and the post-analysis digest.
export { parseNotifyConfig, loadNotifyConfig, describeConfig, scrub, NotifyConfigSchema, type NotifyConfig, type NotifyConfigInput, type ResolvedChannel } from './config.js';
export { deliver, signWebhook, verifyWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER, type Message, type DeliveryResult } from './deliver.js';
export { analyseAndNotify } from './with-notifications.js';
export { notifyAfterAnalysis, takeNotifySnapshot, newItems, renderMessage, recentNotifications, type NotifySnapshot, type NotifyItem, type ChannelOutcome } from './notify-after-analysis.js';
