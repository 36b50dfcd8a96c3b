import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useReducer, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { graphql } from '../__generated__';
import type { IrisTopicKey } from '../__generated__/graphql';
import { problemOf } from '../errors/problem';
import { QuotaMeter } from '../ui/QuotaMeter';
import { chatReducer, messagesFromHistory, streamingReply } from './conversation';
import './iris.css';

const IrisWidgetQuery = graphql(`
  query IrisWidget {
    irisTopics {
      key
      label
      description
    }
    me {
      id
      irisQuota {
        used
        limit
        remaining
        resetsAt
      }
      conversations(first: 1) {
        id
        topic {
          key
        }
        messages(first: 20) {
          id
          role
          text
          status
        }
      }
    }
  }
`);

const IrisQuotaQuery = graphql(`
  query IrisQuota {
    me {
      id
      irisQuota {
        used
        limit
        remaining
        resetsAt
      }
    }
  }
`);

const SendIrisMessageMutation = graphql(`
  mutation SendIrisMessage($input: SendIrisMessageInput!) {
    sendIrisMessage(input: $input) {
      id
      conversationId
      text
      reply {
        id
      }
    }
  }
`);

const IrisReplySubscription = graphql(`
  subscription IrisReply($conversationId: ID!) {
    irisReply(conversationId: $conversationId) {
      messageId
      index
      delta
      restart
      done
      failure
    }
  }
`);

const MAX_LENGTH = 2000;

/** The chat with Iris: topics, the conversation, the reply streaming in, the daily quota. */
export function IrisPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const client = useApolloClient();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(IrisWidgetQuery, { fetchPolicy: 'network-only' });
  const [send, sending] = useMutation(SendIrisMessageMutation);
  const [messages, dispatch] = useReducer(chatReducer, []);
  const [conversationId, setConversationId] = useState<string>();
  const [topic, setTopic] = useState<IrisTopicKey>('RECONVERSION');
  const [failure, setFailure] = useState<string>();
  const [following, setFollowing] = useState<string>();
  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const loaded = useRef(false);

  // The latest conversation is resumed once, when the panel first loads.
  useEffect(() => {
    const latest = data?.me?.conversations[0];
    if (!data || loaded.current) return;
    loaded.current = true;
    if (!latest) return;
    setConversationId(latest.id);
    setTopic(latest.topic.key);
    const history = messagesFromHistory(latest.messages);
    dispatch({ type: 'load', messages: history });
    if (streamingReply(history)) setFollowing(latest.id);
  }, [data]);

  // Follows the reply of the conversation as it is written; graphql-ws replays what was missed.
  useEffect(() => {
    if (!following) return;
    const subscription = client.subscribe({ query: IrisReplySubscription, variables: { conversationId: following } }).subscribe({
      next: ({ data: chunk, error: chunkError }) => {
        if (chunk) dispatch({ type: 'chunk', chunk: chunk.irisReply });
        if (chunkError) setFailure(problemOf(chunkError).message);
      },
      error: (subscriptionError: unknown) => {
        setFailure(`La réponse a été interrompue. ${problemOf(subscriptionError).message}`);
        setFollowing(undefined);
      },
      complete: () => {
        setFollowing(undefined);
        void client.query({ query: IrisQuotaQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
      },
    });
    return () => subscription.unsubscribe();
  }, [client, following]);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [messages]);

  const replying = Boolean(streamingReply(messages)) || sending.loading;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (replying) return;
    const formElement = event.currentTarget;
    const text = String(new FormData(formElement).get('text') ?? '').trim();
    if (!text || [...text].length > MAX_LENGTH) {
      setFailure(`Écrivez un message de 1 à 2\u202f000\u00a0caractères.`);
      return;
    }
    setFailure(undefined);
    try {
      const { data: sent } = await send({ variables: { input: { topic, text, ...(conversationId ? { conversationId } : {}) } } });
      if (!sent) return;
      const message = sent.sendIrisMessage;
      setConversationId(message.conversationId);
      dispatch({ type: 'sent', message: { id: message.id, text: message.text ?? text }, replyId: message.reply?.id ?? `${message.id}-reply` });
      setFollowing(message.conversationId);
      formElement.reset();
      void client.query({ query: IrisQuotaQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
    } catch (caught) {
      setFailure(problemOf(caught).message);
    }
  }

  function startOver() {
    setConversationId(undefined);
    setFailure(undefined);
    dispatch({ type: 'load', messages: [] });
    input.current?.focus();
  }

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') onClose();
  }

  // IrisQuota refreshes the same cached user, so this follows each message.
  const currentQuota = data?.me?.irisQuota;
  const topics = data?.irisTopics ?? [];

  return (
    <section id="iris-panel" className="iris" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`} hidden={!open} onKeyDown={closeOnEscape}>
      <header className="iris__header">
        <h2 id={`${id}-title`} className="iris__title">
          Iris, votre assistante
        </h2>
        <button type="button" className="iris__close" onClick={onClose}>
          Fermer<span className="visually-hidden"> Iris</span>
        </button>
      </header>
      {loading && !data ? (
        <p role="status">Chargement d’Iris…</p>
      ) : error && !data ? (
        <div role="alert">
          <p>{problemOf(error).message}</p>
          <button type="button" className="button button--small" onClick={() => void refetch()}>
            Réessayer
          </button>
        </div>
      ) : (
        <>
          {currentQuota && <QuotaMeter label="Messages aujourd’hui" quota={currentQuota} noun={{ one: 'message', many: 'messages', period: 'aujourd’hui', feminine: false }} />}
          <div className="iris__log" ref={log} role="log" aria-label="Conversation avec Iris" tabIndex={0}>
            {messages.length === 0 ? (
              <p className="iris__empty">Posez votre question&nbsp;: reconversion, CV, lettre de motivation, entretien ou stratégie de carrière.</p>
            ) : (
              messages.map((message) => (
                <div key={message.id} className={`iris__message iris__message--${message.role}`} aria-busy={message.streaming || undefined}>
                  <span className="visually-hidden">{message.role === 'user' ? 'Vous' : 'Iris'}&nbsp;: </span>
                  {message.failed ? (
                    <span className="iris__failed">Iris n’a pas pu répondre. Ce message n’est pas décompté de votre quota.</span>
                  ) : message.text ? (
                    message.text
                  ) : (
                    <span className="iris__typing">Iris écrit…</span>
                  )}
                </div>
              ))
            )}
          </div>
          <form className="iris__form" noValidate onSubmit={(event) => void submit(event)}>
            <div className="iris__row">
              <label className="iris__label" htmlFor={`${id}-topic`}>
                Sujet
              </label>
              <select id={`${id}-topic`} className="field__input iris__topic" value={topic} onChange={(event) => setTopic(event.currentTarget.value as IrisTopicKey)}>
                {topics.map((option) => (
                  <option key={option.key} value={option.key}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <label className="iris__label" htmlFor={`${id}-text`}>
              Votre message
            </label>
            <textarea id={`${id}-text`} ref={input} name="text" className="field__input iris__input" rows={2} maxLength={MAX_LENGTH} required />
            {failure && (
              <p className="status-text--error" role="alert">
                {failure}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="button button--small" aria-disabled={replying}>
                {replying ? 'Iris répond…' : 'Envoyer'}
              </button>
              {conversationId && (
                <button type="button" className="button button--secondary button--small" onClick={startOver} aria-disabled={replying}>
                  Nouvelle conversation
                </button>
              )}
            </div>
          </form>
          <p className="iris__note">Iris est une IA&nbsp;: vérifiez les informations importantes. Aucun texte de vos messages n’est conservé dans nos statistiques.</p>
        </>
      )}
    </section>
  );
}
