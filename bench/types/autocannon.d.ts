// The subset of autocannon 9's programmatic API the bench uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export interface Options {
    url: string;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    /** Responses for which this returns false are counted in `mismatches`. */
    verifyBody?: (body: string) => boolean;
    /** Requests sent in turn by every connection; a `setupRequest` makes each one built afresh. */
    requests?: RequestSpec[];
  }

  export interface RequestParams {
    method?: string;
    path?: string;
    headers: Record<string, string>;
    body?: string | Buffer;
  }

  export interface RequestSpec extends Partial<RequestParams> {
    /** Returns the request to send (its headers, body…). */
    setupRequest?: (request: RequestParams, context: Record<string, unknown>) => RequestParams;
    /** Called with every response to this request, whatever its status. */
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  }

  export interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    requests: { total: number; average: number };
  }

  export interface Instance extends EventEmitter {
    stop(): void;
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
