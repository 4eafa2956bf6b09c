import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

const explain = (reason: unknown): string => (reason instanceof Error ? reason.stack ?? reason.message : String(reason));

export interface ProcessGuardOptions {
  /** Closes the app (stop accepting, finish what is running); called once on a fatal error. */
  shutdown: () => Promise<unknown>;
  /** How long `shutdown` may take before the process exits anyway. */
  shutdownTimeoutMs?: number;
  logger?: Pick<Logger, 'error' | 'fatal'>;
  exit?: (code: number) => void;
}

/**
 * Process-level last resort (see docs/decisions.md). A promise rejection nobody handled is logged
 * with a reference and the process keeps serving: it concerns one request or job. An uncaught
 * exception leaves the process in an unknown state (Node's own advice), so it is logged, the app
 * closes gracefully within a deadline, and the process exits non-zero for the supervisor to restart.
 * Request paths never get this far: HTTP, GraphQL and socket handlers turn errors into refusals.
 */
export function installProcessGuards(options: ProcessGuardOptions, target: NodeJS.EventEmitter = process): () => void {
  const logger = options.logger ?? new Logger('Process');
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let exiting = false;

  const onRejection = (reason: unknown) => {
    logger.error(`[${randomUUID()}] unhandled rejection: ${explain(reason)}`);
  };
  const onException = (error: unknown) => {
    logger.fatal(`[${randomUUID()}] uncaught exception, shutting down: ${explain(error)}`);
    if (exiting) return;
    exiting = true;
    const timer = setTimeout(() => exit(1), options.shutdownTimeoutMs ?? 10_000);
    timer.unref?.();
    void options
      .shutdown()
      .catch((e: unknown) => logger.error(`shutdown after uncaught exception failed: ${explain(e)}`))
      .finally(() => {
        clearTimeout(timer);
        exit(1);
      });
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
