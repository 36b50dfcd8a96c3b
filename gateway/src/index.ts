import { createLogger } from '@phoenix/logger';
import { shutdownTracing } from '@phoenix/telemetry';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './server.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);

try {
  const gateway = await createGateway({ config, logger });
  const { url } = await gateway.start();
  logger.info({ url, introspection: config.GATEWAY_INTROSPECTION }, 'gateway ready');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'gateway stopping');
    // Spans still buffered are sent before the process ends.
    gateway
      .stop()
      .then(() => shutdownTracing())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'gateway did not stop cleanly');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
}
