// Generated from packages/events/registry.yaml by scripts/generate-events-doc.ts; do not edit.

/** The payload of every declared event type, by name. */
export interface EventPayloads {
  /** A person created an account; the first step of the funnel after the visit. (v1, accounts) */
  'user.registered': {
    /** The user's id (accounts). */
    userId: string;
    /** Pseudonymous id of a browser before sign-up, set by the web client. */
    visitorId?: string;
    /** Campaign parameters of the visit that led here. */
    utm?: {
      source?: string;
      medium?: string;
      campaign?: string;
    };
  };
  /** A user opened a session with their password. (v1, accounts) */
  'user.signed_in': {
    /** The user's id (accounts). */
    userId: string;
    sessionId: string;
  };
  /** A user's tier changed, after a subscription change or an admin's decision. (v1, accounts) */
  'user.tier_changed': {
    /** The user's id (accounts). */
    userId: string;
    previousTier: 'FREE' | 'PREMIUM' | 'PREMIUM_PLUS';
    tier: 'FREE' | 'PREMIUM' | 'PREMIUM_PLUS';
    reason: 'subscription_activated' | 'subscription_canceled' | 'payment_failed' | 'admin';
  };
  /** A consent for one purpose was granted or withdrawn. (v1, accounts) */
  'user.consent_changed': {
    /** The user's id (accounts). */
    userId: string;
    purpose: string;
    granted: boolean;
    /** Version of the consent text the decision was made on; absent in events recorded before versions were kept. */
    textVersion?: string;
    /** The user themself, or the admin who recorded the change. */
    changedBy: string;
  };
  /** A user asked for a copy of their data (exportMyData); the gateway assembles every subgraph's section into the document. (v2, accounts) */
  'user.data_exported': {
    /** The user's id (accounts). */
    userId: string;
    /** The export's id, `DataExport.id` in the document. */
    exportId: string;
  };
  /** A user's account was erased; every subgraph erases its data for this user. (v1, accounts) */
  'user.deleted': {
    /** The user's id (accounts). */
    userId: string;
    requestedBy: 'user' | 'admin';
  };
  /** Someone, signed in or not, started exploring a job's automation resilience. (v1, aube) */
  'aube.exploration_started': {
    /** The Aube exploration. */
    explorationId: string;
    /** The user's id (accounts). */
    userId?: string;
    /** Pseudonymous id of a browser before sign-up, set by the web client. */
    visitorId?: string;
    /** ROME occupation code. */
    romeCode?: string;
    /** Campaign parameters of the visit that led here. */
    utm?: {
      source?: string;
      medium?: string;
      campaign?: string;
    };
  };
  /** An exploration received its resilience score (100 = very resistant). (v1, aube) */
  'aube.resilience_scored': {
    /** The Aube exploration. */
    explorationId: string;
    /** The user's id (accounts). */
    userId?: string;
    /** Pseudonymous id of a browser before sign-up, set by the web client. */
    visitorId?: string;
    /** ROME occupation code. */
    romeCode?: string;
    score: number;
    evolutionType: 'stable' | 'enhanced' | 'transformed' | 'threatened';
    threatLevel: 'tres_faible' | 'faible' | 'modere' | 'eleve' | 'critique';
    confidence: 'tres_eleve' | 'eleve' | 'moyen' | 'faible';
    modelVersion: string;
  };
  /** Three to five target jobs were recommended for an exploration. (v1, aube) */
  'aube.recommendations_generated': {
    /** The Aube exploration. */
    explorationId: string;
    /** The user's id (accounts). */
    userId?: string;
    /** Recommended jobs, best first. */
    romeCodes: string[];
    modelVersion: string;
  };
  /** A user chose a target job among their recommendations. (v1, aube) */
  'aube.career_chosen': {
    /** The user's id (accounts). */
    userId: string;
    /** The Aube exploration. */
    explorationId: string;
    /** ROME occupation code. */
    romeCode: string;
  };
  /** A user exported their Trust by Design report, or shared it by link. (v1, aube) */
  'aube.report_exported': {
    /** The user's id (accounts). */
    userId: string;
    /** The Aube exploration. */
    explorationId: string;
    reportId: string;
    format: 'json' | 'pdf' | 'link';
  };
  /** A cover letter was generated; counts against the monthly letter quota. (v1, letters) */
  'letters.letter_generated': {
    /** The user's id (accounts). */
    userId: string;
    letterId: string;
    tone: 'formel' | 'dynamique' | 'sobre' | 'creatif' | 'startup' | 'associatif';
    /** Whether career-change fields were given. */
    careerChange: boolean;
    wordCount: number;
    completionId?: string;
  };
  /** A letter, or a text pasted without a letter, received an ATS score against a job offer. (v1, letters) */
  'letters.ats_analyzed': {
    /** The user's id (accounts). */
    userId: string;
    analysisId: string;
    letterId?: string;
    score: number;
    matchedKeywords: number;
    missingKeywords: number;
  };
  /** A job offer's company culture was read and a tone recommended. (v1, letters) */
  'letters.mirror_matched': {
    /** The user's id (accounts). */
    userId: string;
    analysisId: string;
    letterId?: string;
    recommendedTone: 'formel' | 'dynamique' | 'sobre' | 'creatif' | 'startup' | 'associatif';
    confidence: number;
  };
  /** A letter was scored by the coach, with suggestions. (v1, letters) */
  'letters.coached': {
    /** The user's id (accounts). */
    userId: string;
    letterId: string;
    score: number;
    suggestionCount: number;
  };
  /** A journal entry recorded mood and confidence; the notes stay in rise. (v1, rise) */
  'rise.mood_logged': {
    /** The user's id (accounts). */
    userId: string;
    entryId: string;
    mood: number;
    confidence: number;
  };
  /** A user set a goal, with its milestones and an optional target date. (v1, rise) */
  'rise.goal_set': {
    /** The user's id (accounts). */
    userId: string;
    goalId: string;
    milestoneCount: number;
    targetDate?: string;
  };
  /** A coaching session with the AI coach started; counts against the monthly quota. (v1, rise) */
  'rise.coaching_started': {
    /** The user's id (accounts). */
    userId: string;
    sessionId: string;
  };
  /** A coaching session ended. (v1, rise) */
  'rise.coaching_completed': {
    /** The user's id (accounts). */
    userId: string;
    sessionId: string;
    durationMs: number;
    messageCount: number;
  };
  /** A user sent Iris a message; only its length is kept, never its text. (v1, iris) */
  'iris.message_sent': {
    /** The user's id (accounts). */
    userId: string;
    conversationId: string;
    messageId: string;
    topic: 'reconversion' | 'cv' | 'lettre_motivation' | 'entretien' | 'strategie_carriere';
    length: number;
  };
  /** Iris finished streaming a reply to a message. (v1, iris) */
  'iris.reply_completed': {
    /** The user's id (accounts). */
    userId: string;
    conversationId: string;
    messageId: string;
    length: number;
    chunkCount: number;
    latencyMs: number;
    completionId?: string;
  };
  /** A user opened a Stripe checkout for a paid plan. (v1, billing) */
  'billing.checkout_started': {
    /** The user's id (accounts). */
    userId: string;
    plan: 'PREMIUM' | 'PREMIUM_PLUS';
    checkoutSessionId: string;
  };
  /** A subscription became active; accounts raises the user's tier. (v1, billing) */
  'billing.subscription_activated': {
    /** The user's id (accounts). */
    userId: string;
    plan: 'PREMIUM' | 'PREMIUM_PLUS';
    stripeSubscriptionId: string;
    currentPeriodEnd: string;
  };
  /** A subscription was canceled; the tier drops back to FREE at effectiveAt. (v1, billing) */
  'billing.subscription_canceled': {
    /** The user's id (accounts). */
    userId: string;
    stripeSubscriptionId: string;
    effectiveAt: string;
  };
  /** An invoice was paid. (v1, billing) */
  'billing.payment_succeeded': {
    /** The user's id (accounts). */
    userId: string;
    stripeInvoiceId: string;
    amountCents: number;
    currency: 'EUR';
  };
  /** An invoice payment failed; Stripe retries it. (v1, billing) */
  'billing.payment_failed': {
    /** The user's id (accounts). */
    userId: string;
    stripeInvoiceId: string;
    amountCents: number;
    currency: 'EUR';
    attempt: number;
  };
  /** An AI completion ran; metrics and a prompt hash feed the data flywheel and Green-AI figures. (v1, agents) */
  'ai.completion_recorded': {
    completionId: string;
    task: string;
    provider: 'local' | 'openai-compatible';
    model: string;
    tokensIn: number;
    tokensOut: number;
    latencyMs: number;
    /** SHA-256 of the prompt. */
    promptHash: string;
    /** Prompt variant under test. */
    variant?: string;
    tier?: 'FREE' | 'PREMIUM' | 'PREMIUM_PLUS';
    /** Why `local` answered instead of the provider the routing policy chose. */
    fallbackReason?: 'breaker_open' | 'throttled' | 'saturated' | 'failed' | 'timeout' | 'special_category';
    /** Share of the input's keywords the output uses, an automatic quality measure. */
    grounding?: number;
  };
  /** A user rated an AI answer. (v1, agents) */
  'ai.feedback_given': {
    completionId: string;
    /** The user's id (accounts). */
    userId: string;
    /** 1 (useless) to 5 (very useful). */
    rating: number;
    reason?: 'inaccurate' | 'unhelpful' | 'unsafe' | 'off_topic' | 'other';
  };
}
