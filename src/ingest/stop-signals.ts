/** The signals that ask a worker to stop: SIGTERM from a supervisor (Docker, systemd), SIGINT from Ctrl-C. */
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Aborts `controller` on the first SIGTERM or SIGINT. The handlers are `once`: a second signal
 * meets Node's default handling and ends the process at once, the usual escape for an impatient
 * operator. Returns a function that removes the handlers.
 */
export function abortOnStopSignals(controller: AbortController, onSignal?: (signal: string) => void): () => void {
  const handlers = STOP_SIGNALS.map((signal) => {
    const handler = (): void => {
      onSignal?.(signal);
      controller.abort(new Error(`received ${signal}`));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  };
}
