export { createPubSub, DEFAULT_CHANNEL, DEFAULT_MAX_QUEUE, type PubSub, type PubSubOptions } from './pubsub.js';
export { SubscriberOverflowError } from './subscription.js';
export { PUBSUB_MIGRATIONS } from './store/migrations.js';
export { INLINE_LIMIT_BYTES } from './envelope.js';
