/** Messages between the bench and its subscriber process (IPC). */
export type SubscriberRequest =
  | {
      type: 'open';
      /** The gateway's `ws://…/graphql`. */
      url: string;
      query: string;
      count: number;
      /** Subscribers opened at once; the next batch waits for their first events. */
      batchSize: number;
      attachTimeoutMs: number;
    }
  | { type: 'status' }
  | { type: 'finish' };

export interface SubscriberStatus {
  opened: number;
  /** Subscribers that received their first event (the state when subscribing). */
  attached: number;
  /** Attached and neither failed nor ended. */
  live: number;
  /** Events that carried GraphQL errors. */
  graphqlErrors: number;
  /** Subscribers lost, by reason (close code, refusal, no first event). */
  failures: Record<string, number>;
  /** Pushed events received, by the `checkedAt` of the round they report. */
  receivedByRound: Record<string, number>;
}

export type SubscriberReply =
  | { type: 'status'; status: SubscriberStatus }
  /** Delivery latencies (receipt − `checkedAt`, ms) of every pushed event, by round. */
  | { type: 'result'; status: SubscriberStatus; latenciesByRound: Record<string, number[]> };
