/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query IrisWidget {\n    irisTopics {\n      key\n      label\n      description\n    }\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      conversations(first: 1) {\n        id\n        topic {\n          key\n        }\n        messages(first: 20) {\n          id\n          role\n          text\n          status\n        }\n      }\n    }\n  }\n": typeof types.IrisWidgetDocument,
    "\n  query IrisQuota {\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n": typeof types.IrisQuotaDocument,
    "\n  mutation SendIrisMessage($input: SendIrisMessageInput!) {\n    sendIrisMessage(input: $input) {\n      id\n      conversationId\n      text\n      reply {\n        id\n      }\n    }\n  }\n": typeof types.SendIrisMessageDocument,
    "\n  subscription IrisReply($conversationId: ID!) {\n    irisReply(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      restart\n      done\n      failure\n    }\n  }\n": typeof types.IrisReplyDocument,
    "\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  fragment ConsentHistory_user on User {\n    consentHistory(first: 10) {\n      purpose\n      granted\n      textVersion\n      changedAt\n      changedByUser\n    }\n  }\n": typeof types.ConsentHistory_UserFragmentDoc,
    "\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      textVersion\n      updatedAt\n    }\n    ...ConsentHistory_user\n  }\n": typeof types.ConsentSettings_UserFragmentDoc,
    "\n  mutation SetConsent($purpose: String!, $granted: Boolean!, $textVersion: String) {\n    setConsent(purpose: $purpose, granted: $granted, textVersion: $textVersion) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n": typeof types.SetConsentDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      userId\n      id\n      generatedAt\n      formatVersion\n      schemaUrl\n      accounts\n      aube\n      letters\n      rise\n      iris\n      billing\n      agents\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n": typeof types.ProfileCard_UserFragmentDoc,
    "\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n": typeof types.SubscriptionCard_UserFragmentDoc,
    "\n  fragment ApiKeyRow_key on ApiKey {\n    id\n    partner\n    name\n    prefix\n    scopes\n    costLimit\n    rateLimit\n    expiresAt\n    lastUsedAt\n    createdAt\n    revokedAt\n    status\n  }\n": typeof types.ApiKeyRow_KeyFragmentDoc,
    "\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!, $graceSeconds: Int) {\n    rotateApiKey(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n": typeof types.RotateApiKeyDocument,
    "\n  query AdminDashboard($from: DateTime!, $to: DateTime!, $cohortsFrom: DateTime!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      steps {\n        name\n        count\n        conversionFromPrevious\n      }\n    }\n    cohorts(from: $cohortsFrom, to: $to) {\n      period\n      size\n      retention {\n        day\n        eligible\n        retained\n        rate\n      }\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  fragment ExplanationLevels_resilience on ResilienceAnalysis {\n    level1: explanation(level: 1) {\n      ...ExplanationView_explanation\n    }\n    level2: explanation(level: 2) {\n      ...ExplanationView_explanation\n    }\n    level3: explanation(level: 3) {\n      ...ExplanationView_explanation\n    }\n  }\n": typeof types.ExplanationLevels_ResilienceFragmentDoc,
    "\n  fragment ExplanationView_explanation on Explanation {\n    level\n    summary\n    score\n    horizon\n    nextAction\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    protectiveTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    exposedTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    sources {\n      id\n      name\n      version\n      publisher\n      licence\n      attribution\n      url\n    }\n    confidence\n    technical {\n      formula\n      weights {\n        name\n        value\n        description\n      }\n      dataVersion\n      modelVersion\n      limits\n      knownBiases\n      humanReview\n      comparisons\n    }\n  }\n": typeof types.ExplanationView_ExplanationFragmentDoc,
    "\n  mutation StartExploration($input: StartExplorationInput!) {\n    startExploration(input: $input) {\n      id\n      saved\n      ...ExplorationResult_exploration\n    }\n  }\n": typeof types.StartExplorationDocument,
    "\n  query ExplorationHistory {\n    me {\n      id\n      explorations(first: 5) {\n        id\n        createdAt\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n        }\n      }\n    }\n  }\n": typeof types.ExplorationHistoryDocument,
    "\n  query ExplorationPage($id: ID!) {\n    exploration(id: $id) {\n      id\n      ...ExplorationResult_exploration\n    }\n  }\n": typeof types.ExplorationPageDocument,
    "\n  fragment ExplorationResult_exploration on Exploration {\n    id\n    createdAt\n    saved\n    occupation {\n      code\n      title\n    }\n    resilience {\n      ...ScoreSummary_resilience\n      ...ExplanationLevels_resilience\n    }\n    recommendations {\n      ...RecommendationCard_recommendation\n    }\n    chosenOccupation {\n      code\n      title\n    }\n    ...UpskillingPlan_exploration\n    ...TrustReportCard_exploration\n  }\n": typeof types.ExplorationResult_ExplorationFragmentDoc,
    "\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      title\n    }\n  }\n": typeof types.OccupationSearchDocument,
    "\n  fragment RecommendationCard_recommendation on CareerRecommendation {\n    rank\n    score\n    occupation {\n      code\n      title\n    }\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    skillsOverlap\n    sharedSkills\n    skillsToAcquire\n    resilienceGain\n    explanation(level: 1) {\n      summary\n      nextAction\n    }\n  }\n": typeof types.RecommendationCard_RecommendationFragmentDoc,
    "\n  mutation ChooseCareer($explorationId: ID!, $occupationCode: ID!) {\n    chooseCareer(explorationId: $explorationId, occupationCode: $occupationCode) {\n      id\n      chosenOccupation {\n        code\n        title\n      }\n    }\n  }\n": typeof types.ChooseCareerDocument,
    "\n  fragment ScoreSummary_resilience on ResilienceAnalysis {\n    score\n    evolution\n    horizon\n    threatLevel\n    confidence\n    anxietyScore\n    personalised\n  }\n": typeof types.ScoreSummary_ResilienceFragmentDoc,
    "\n  fragment TrustReportCard_exploration on Exploration {\n    id\n    saved\n    trustReport {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n": typeof types.TrustReportCard_ExplorationFragmentDoc,
    "\n  query TrustReportDownload($id: ID!) {\n    exploration(id: $id) {\n      id\n      trustReport {\n        id\n        pdfUrl\n        jsonUrl\n      }\n    }\n  }\n": typeof types.TrustReportDownloadDocument,
    "\n  mutation ShareTrustReport($id: ID!) {\n    shareTrustReport(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n": typeof types.ShareTrustReportDocument,
    "\n  mutation RevokeTrustReportShare($id: ID!) {\n    revokeTrustReportShare(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n": typeof types.RevokeTrustReportShareDocument,
    "\n  fragment UpskillingPlan_exploration on Exploration {\n    upskillingPlan {\n      id\n      skill\n      description\n      durationHours\n      cpfEligible\n      reason\n    }\n  }\n": typeof types.UpskillingPlan_ExplorationFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n": typeof types.CheckoutReturnDocument,
    "\n  fragment HealthBoard_health on SystemHealth {\n    status\n    checkedAt\n    services {\n      name\n      status\n      latencyMs\n      checkedAt\n    }\n  }\n": typeof types.HealthBoard_HealthFragmentDoc,
    "\n  query SystemHealthPage {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n": typeof types.SystemHealthPageDocument,
    "\n  subscription SystemHealthUpdates {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n": typeof types.SystemHealthUpdatesDocument,
    "\n  fragment AtsResult_analysis on AtsAnalysis {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    matchedKeywords\n    missingKeywords\n    wordCount\n    lengthBand\n    actionVerbs\n    quantifiedResults\n    formattingProblems {\n      kind\n      line\n      excerpt\n    }\n    createdAt\n  }\n": typeof types.AtsResult_AnalysisFragmentDoc,
    "\n  mutation AnalyzeAts($input: AnalyzeAtsInput!) {\n    analyzeAts(input: $input) {\n      id\n      ...AtsResult_analysis\n    }\n  }\n": typeof types.AnalyzeAtsDocument,
    "\n  fragment CoachResult_feedback on CoachFeedback {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    suggestions {\n      kind\n      sentenceIndex\n      sentence\n      excerpt\n      message\n    }\n    createdAt\n  }\n": typeof types.CoachResult_FeedbackFragmentDoc,
    "\n  mutation CoachLetter($letterId: ID!) {\n    coachLetter(letterId: $letterId) {\n      id\n      ...CoachResult_feedback\n    }\n  }\n": typeof types.CoachLetterDocument,
    "\n  mutation RegenerateLetter($id: ID!, $input: RegenerateLetterInput) {\n    regenerateLetter(id: $id, input: $input) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n": typeof types.RegenerateLetterDocument,
    "\n  query LetterExport($id: ID!, $format: LetterExportFormat!) {\n    letter(id: $id) {\n      id\n      export(format: $format) {\n        fileName\n        mimeType\n        contentBase64\n      }\n    }\n  }\n": typeof types.LetterExportDocument,
    "\n  query LetterAubeContext {\n    me {\n      id\n      consents {\n        purpose\n        granted\n      }\n      explorations(first: 1) {\n        id\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n          protectiveTasks {\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.LetterAubeContextDocument,
    "\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n    }\n  }\n": typeof types.GenerateLetterDocument,
    "\n  fragment LetterGrounding_letter on Letter {\n    grounding {\n      namesCompany\n      namesJobTitle\n      matchingSkills\n      namedSkills\n      mentionsCareerChange\n      usesAubeAnalysis\n    }\n  }\n": typeof types.LetterGrounding_LetterFragmentDoc,
    "\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      jobTitle\n      company\n      tone\n      createdAt\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n": typeof types.LetterPageDocument,
    "\n  query LetterAnalyses($id: ID!) {\n    letter(id: $id) {\n      id\n      latestAtsAnalysis {\n        id\n        ...AtsResult_analysis\n      }\n      latestCoachFeedback {\n        id\n        ...CoachResult_feedback\n      }\n    }\n  }\n": typeof types.LetterAnalysesDocument,
    "\n  fragment LetterText_letter on Letter {\n    id\n    text\n    tone\n    currentVersion\n    wordCount\n    sections {\n      subject\n      greeting\n      hook\n      body\n      closing\n    }\n  }\n": typeof types.LetterText_LetterFragmentDoc,
    "\n  mutation EditLetter($id: ID!, $text: String!) {\n    editLetter(id: $id, text: $text) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n": typeof types.EditLetterDocument,
    "\n  fragment LetterVersions_letter on Letter {\n    id\n    currentVersion\n    versions(first: 10) {\n      number\n      origin\n      tone\n      wordCount\n      createdAt\n      text\n    }\n  }\n": typeof types.LetterVersions_LetterFragmentDoc,
    "\n  query LettersPage {\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      letters(first: 20) {\n        id\n        jobTitle\n        company\n        tone\n        wordCount\n        currentVersion\n        updatedAt\n      }\n    }\n  }\n": typeof types.LettersPageDocument,
    "\n  fragment MirrorMatchResult_culture on CompanyCulture {\n    id\n    company\n    communicationStyle\n    workEnvironment\n    leadershipStyle\n    innovationLevel\n    confidence\n    recommendedTone\n    signals {\n      dimension\n      value\n      cue\n    }\n    explanation\n  }\n": typeof types.MirrorMatchResult_CultureFragmentDoc,
    "\n  mutation MirrorMatch($input: MirrorMatchInput!) {\n    mirrorMatch(input: $input) {\n      id\n      ...MirrorMatchResult_culture\n    }\n  }\n": typeof types.MirrorMatchDocument,
    "\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n": typeof types.StartCheckoutDocument,
    "\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n": typeof types.PlanCard_PlanFragmentDoc,
    "\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n": typeof types.PricingPageDocument,
    "\n  fragment ActionsSection_user on User {\n    id\n    dailyActions {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n    goals {\n      id\n      title\n      completedAt\n    }\n  }\n": typeof types.ActionsSection_UserFragmentDoc,
    "\n  mutation PlanAction($input: PlanActionInput!) {\n    planAction(input: $input) {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PlanActionDocument,
    "\n  mutation CompleteAction($actionId: ID!) {\n    completeAction(actionId: $actionId) {\n      id\n      done\n      completedAt\n    }\n  }\n": typeof types.CompleteActionDocument,
    "\n  fragment CoachingSessionItem_session on CoachingSession {\n    id\n    status\n    message\n    reply\n    safetyFiltered\n    startedAt\n    humanHelp {\n      reasons\n      helplines {\n        name\n        number\n        description\n      }\n    }\n  }\n": typeof types.CoachingSessionItem_SessionFragmentDoc,
    "\n  fragment CoachingSection_user on User {\n    id\n    coachingQuota {\n      used\n      limit\n      remaining\n      resetsAt\n    }\n    coachingSessions(first: 5) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n": typeof types.CoachingSection_UserFragmentDoc,
    "\n  mutation StartCoachingSession($input: StartCoachingSessionInput) {\n    startCoachingSession(input: $input) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n": typeof types.StartCoachingSessionDocument,
    "\n  query RiseCoachingQuota {\n    me {\n      id\n      coachingQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n": typeof types.RiseCoachingQuotaDocument,
    "\n  fragment GoalItem_goal on Goal {\n    id\n    title\n    targetDate\n    progress\n    completedAt\n    milestones {\n      id\n      title\n      position\n      done\n    }\n  }\n": typeof types.GoalItem_GoalFragmentDoc,
    "\n  fragment GoalsSection_user on User {\n    id\n    goals {\n      id\n      ...GoalItem_goal\n    }\n  }\n": typeof types.GoalsSection_UserFragmentDoc,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      id\n      ...GoalItem_goal\n    }\n  }\n": typeof types.SetGoalDocument,
    "\n  mutation CompleteMilestone($milestoneId: ID!) {\n    completeMilestone(milestoneId: $milestoneId) {\n      id\n      progress\n      completedAt\n      milestones {\n        id\n        done\n      }\n    }\n  }\n": typeof types.CompleteMilestoneDocument,
    "\n  fragment JournalSection_user on User {\n    journal(first: 30) {\n      id\n      mood\n      confidence\n      notes\n      createdAt\n    }\n    emotionalTrend {\n      moodAverage7d\n    }\n  }\n": typeof types.JournalSection_UserFragmentDoc,
    "\n  query RiseJournal {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n    }\n  }\n": typeof types.RiseJournalDocument,
    "\n  mutation LogMood($input: LogMoodInput!) {\n    logMood(input: $input) {\n      id\n      mood\n      confidence\n      createdAt\n    }\n  }\n": typeof types.LogMoodDocument,
    "\n  query RisePage {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n      ...GoalsSection_user\n      ...ActionsSection_user\n      ...CoachingSection_user\n    }\n    riseHelplines {\n      name\n      number\n      description\n    }\n  }\n": typeof types.RisePageDocument,
    "\n  fragment TrendCard_user on User {\n    emotionalTrend {\n      moodAverage7d\n      entries7d\n      confidenceChange30d\n      entries30d\n      burnoutRisk\n      signals\n    }\n  }\n": typeof types.TrendCard_UserFragmentDoc,
    "\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n      roles\n    }\n  }\n": typeof types.Session_PayloadFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query IrisWidget {\n    irisTopics {\n      key\n      label\n      description\n    }\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      conversations(first: 1) {\n        id\n        topic {\n          key\n        }\n        messages(first: 20) {\n          id\n          role\n          text\n          status\n        }\n      }\n    }\n  }\n": types.IrisWidgetDocument,
    "\n  query IrisQuota {\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n": types.IrisQuotaDocument,
    "\n  mutation SendIrisMessage($input: SendIrisMessageInput!) {\n    sendIrisMessage(input: $input) {\n      id\n      conversationId\n      text\n      reply {\n        id\n      }\n    }\n  }\n": types.SendIrisMessageDocument,
    "\n  subscription IrisReply($conversationId: ID!) {\n    irisReply(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      restart\n      done\n      failure\n    }\n  }\n": types.IrisReplyDocument,
    "\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n": types.AccountPageDocument,
    "\n  fragment ConsentHistory_user on User {\n    consentHistory(first: 10) {\n      purpose\n      granted\n      textVersion\n      changedAt\n      changedByUser\n    }\n  }\n": types.ConsentHistory_UserFragmentDoc,
    "\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      textVersion\n      updatedAt\n    }\n    ...ConsentHistory_user\n  }\n": types.ConsentSettings_UserFragmentDoc,
    "\n  mutation SetConsent($purpose: String!, $granted: Boolean!, $textVersion: String) {\n    setConsent(purpose: $purpose, granted: $granted, textVersion: $textVersion) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n": types.SetConsentDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      userId\n      id\n      generatedAt\n      formatVersion\n      schemaUrl\n      accounts\n      aube\n      letters\n      rise\n      iris\n      billing\n      agents\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n": types.DeleteMyAccountDocument,
    "\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n": types.ProfileCard_UserFragmentDoc,
    "\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n": types.SubscriptionCard_UserFragmentDoc,
    "\n  fragment ApiKeyRow_key on ApiKey {\n    id\n    partner\n    name\n    prefix\n    scopes\n    costLimit\n    rateLimit\n    expiresAt\n    lastUsedAt\n    createdAt\n    revokedAt\n    status\n  }\n": types.ApiKeyRow_KeyFragmentDoc,
    "\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!, $graceSeconds: Int) {\n    rotateApiKey(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n": types.RotateApiKeyDocument,
    "\n  query AdminDashboard($from: DateTime!, $to: DateTime!, $cohortsFrom: DateTime!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      steps {\n        name\n        count\n        conversionFromPrevious\n      }\n    }\n    cohorts(from: $cohortsFrom, to: $to) {\n      period\n      size\n      retention {\n        day\n        eligible\n        retained\n        rate\n      }\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  fragment ExplanationLevels_resilience on ResilienceAnalysis {\n    level1: explanation(level: 1) {\n      ...ExplanationView_explanation\n    }\n    level2: explanation(level: 2) {\n      ...ExplanationView_explanation\n    }\n    level3: explanation(level: 3) {\n      ...ExplanationView_explanation\n    }\n  }\n": types.ExplanationLevels_ResilienceFragmentDoc,
    "\n  fragment ExplanationView_explanation on Explanation {\n    level\n    summary\n    score\n    horizon\n    nextAction\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    protectiveTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    exposedTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    sources {\n      id\n      name\n      version\n      publisher\n      licence\n      attribution\n      url\n    }\n    confidence\n    technical {\n      formula\n      weights {\n        name\n        value\n        description\n      }\n      dataVersion\n      modelVersion\n      limits\n      knownBiases\n      humanReview\n      comparisons\n    }\n  }\n": types.ExplanationView_ExplanationFragmentDoc,
    "\n  mutation StartExploration($input: StartExplorationInput!) {\n    startExploration(input: $input) {\n      id\n      saved\n      ...ExplorationResult_exploration\n    }\n  }\n": types.StartExplorationDocument,
    "\n  query ExplorationHistory {\n    me {\n      id\n      explorations(first: 5) {\n        id\n        createdAt\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n        }\n      }\n    }\n  }\n": types.ExplorationHistoryDocument,
    "\n  query ExplorationPage($id: ID!) {\n    exploration(id: $id) {\n      id\n      ...ExplorationResult_exploration\n    }\n  }\n": types.ExplorationPageDocument,
    "\n  fragment ExplorationResult_exploration on Exploration {\n    id\n    createdAt\n    saved\n    occupation {\n      code\n      title\n    }\n    resilience {\n      ...ScoreSummary_resilience\n      ...ExplanationLevels_resilience\n    }\n    recommendations {\n      ...RecommendationCard_recommendation\n    }\n    chosenOccupation {\n      code\n      title\n    }\n    ...UpskillingPlan_exploration\n    ...TrustReportCard_exploration\n  }\n": types.ExplorationResult_ExplorationFragmentDoc,
    "\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      title\n    }\n  }\n": types.OccupationSearchDocument,
    "\n  fragment RecommendationCard_recommendation on CareerRecommendation {\n    rank\n    score\n    occupation {\n      code\n      title\n    }\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    skillsOverlap\n    sharedSkills\n    skillsToAcquire\n    resilienceGain\n    explanation(level: 1) {\n      summary\n      nextAction\n    }\n  }\n": types.RecommendationCard_RecommendationFragmentDoc,
    "\n  mutation ChooseCareer($explorationId: ID!, $occupationCode: ID!) {\n    chooseCareer(explorationId: $explorationId, occupationCode: $occupationCode) {\n      id\n      chosenOccupation {\n        code\n        title\n      }\n    }\n  }\n": types.ChooseCareerDocument,
    "\n  fragment ScoreSummary_resilience on ResilienceAnalysis {\n    score\n    evolution\n    horizon\n    threatLevel\n    confidence\n    anxietyScore\n    personalised\n  }\n": types.ScoreSummary_ResilienceFragmentDoc,
    "\n  fragment TrustReportCard_exploration on Exploration {\n    id\n    saved\n    trustReport {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n": types.TrustReportCard_ExplorationFragmentDoc,
    "\n  query TrustReportDownload($id: ID!) {\n    exploration(id: $id) {\n      id\n      trustReport {\n        id\n        pdfUrl\n        jsonUrl\n      }\n    }\n  }\n": types.TrustReportDownloadDocument,
    "\n  mutation ShareTrustReport($id: ID!) {\n    shareTrustReport(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n": types.ShareTrustReportDocument,
    "\n  mutation RevokeTrustReportShare($id: ID!) {\n    revokeTrustReportShare(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n": types.RevokeTrustReportShareDocument,
    "\n  fragment UpskillingPlan_exploration on Exploration {\n    upskillingPlan {\n      id\n      skill\n      description\n      durationHours\n      cpfEligible\n      reason\n    }\n  }\n": types.UpskillingPlan_ExplorationFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n": types.SignUpDocument,
    "\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n": types.CheckoutReturnDocument,
    "\n  fragment HealthBoard_health on SystemHealth {\n    status\n    checkedAt\n    services {\n      name\n      status\n      latencyMs\n      checkedAt\n    }\n  }\n": types.HealthBoard_HealthFragmentDoc,
    "\n  query SystemHealthPage {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n": types.SystemHealthPageDocument,
    "\n  subscription SystemHealthUpdates {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n": types.SystemHealthUpdatesDocument,
    "\n  fragment AtsResult_analysis on AtsAnalysis {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    matchedKeywords\n    missingKeywords\n    wordCount\n    lengthBand\n    actionVerbs\n    quantifiedResults\n    formattingProblems {\n      kind\n      line\n      excerpt\n    }\n    createdAt\n  }\n": types.AtsResult_AnalysisFragmentDoc,
    "\n  mutation AnalyzeAts($input: AnalyzeAtsInput!) {\n    analyzeAts(input: $input) {\n      id\n      ...AtsResult_analysis\n    }\n  }\n": types.AnalyzeAtsDocument,
    "\n  fragment CoachResult_feedback on CoachFeedback {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    suggestions {\n      kind\n      sentenceIndex\n      sentence\n      excerpt\n      message\n    }\n    createdAt\n  }\n": types.CoachResult_FeedbackFragmentDoc,
    "\n  mutation CoachLetter($letterId: ID!) {\n    coachLetter(letterId: $letterId) {\n      id\n      ...CoachResult_feedback\n    }\n  }\n": types.CoachLetterDocument,
    "\n  mutation RegenerateLetter($id: ID!, $input: RegenerateLetterInput) {\n    regenerateLetter(id: $id, input: $input) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n": types.RegenerateLetterDocument,
    "\n  query LetterExport($id: ID!, $format: LetterExportFormat!) {\n    letter(id: $id) {\n      id\n      export(format: $format) {\n        fileName\n        mimeType\n        contentBase64\n      }\n    }\n  }\n": types.LetterExportDocument,
    "\n  query LetterAubeContext {\n    me {\n      id\n      consents {\n        purpose\n        granted\n      }\n      explorations(first: 1) {\n        id\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n          protectiveTasks {\n            label\n          }\n        }\n      }\n    }\n  }\n": types.LetterAubeContextDocument,
    "\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n    }\n  }\n": types.GenerateLetterDocument,
    "\n  fragment LetterGrounding_letter on Letter {\n    grounding {\n      namesCompany\n      namesJobTitle\n      matchingSkills\n      namedSkills\n      mentionsCareerChange\n      usesAubeAnalysis\n    }\n  }\n": types.LetterGrounding_LetterFragmentDoc,
    "\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      jobTitle\n      company\n      tone\n      createdAt\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n": types.LetterPageDocument,
    "\n  query LetterAnalyses($id: ID!) {\n    letter(id: $id) {\n      id\n      latestAtsAnalysis {\n        id\n        ...AtsResult_analysis\n      }\n      latestCoachFeedback {\n        id\n        ...CoachResult_feedback\n      }\n    }\n  }\n": types.LetterAnalysesDocument,
    "\n  fragment LetterText_letter on Letter {\n    id\n    text\n    tone\n    currentVersion\n    wordCount\n    sections {\n      subject\n      greeting\n      hook\n      body\n      closing\n    }\n  }\n": types.LetterText_LetterFragmentDoc,
    "\n  mutation EditLetter($id: ID!, $text: String!) {\n    editLetter(id: $id, text: $text) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n": types.EditLetterDocument,
    "\n  fragment LetterVersions_letter on Letter {\n    id\n    currentVersion\n    versions(first: 10) {\n      number\n      origin\n      tone\n      wordCount\n      createdAt\n      text\n    }\n  }\n": types.LetterVersions_LetterFragmentDoc,
    "\n  query LettersPage {\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      letters(first: 20) {\n        id\n        jobTitle\n        company\n        tone\n        wordCount\n        currentVersion\n        updatedAt\n      }\n    }\n  }\n": types.LettersPageDocument,
    "\n  fragment MirrorMatchResult_culture on CompanyCulture {\n    id\n    company\n    communicationStyle\n    workEnvironment\n    leadershipStyle\n    innovationLevel\n    confidence\n    recommendedTone\n    signals {\n      dimension\n      value\n      cue\n    }\n    explanation\n  }\n": types.MirrorMatchResult_CultureFragmentDoc,
    "\n  mutation MirrorMatch($input: MirrorMatchInput!) {\n    mirrorMatch(input: $input) {\n      id\n      ...MirrorMatchResult_culture\n    }\n  }\n": types.MirrorMatchDocument,
    "\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n": types.StartCheckoutDocument,
    "\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n": types.PlanCard_PlanFragmentDoc,
    "\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n": types.PricingPageDocument,
    "\n  fragment ActionsSection_user on User {\n    id\n    dailyActions {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n    goals {\n      id\n      title\n      completedAt\n    }\n  }\n": types.ActionsSection_UserFragmentDoc,
    "\n  mutation PlanAction($input: PlanActionInput!) {\n    planAction(input: $input) {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n  }\n": types.PlanActionDocument,
    "\n  mutation CompleteAction($actionId: ID!) {\n    completeAction(actionId: $actionId) {\n      id\n      done\n      completedAt\n    }\n  }\n": types.CompleteActionDocument,
    "\n  fragment CoachingSessionItem_session on CoachingSession {\n    id\n    status\n    message\n    reply\n    safetyFiltered\n    startedAt\n    humanHelp {\n      reasons\n      helplines {\n        name\n        number\n        description\n      }\n    }\n  }\n": types.CoachingSessionItem_SessionFragmentDoc,
    "\n  fragment CoachingSection_user on User {\n    id\n    coachingQuota {\n      used\n      limit\n      remaining\n      resetsAt\n    }\n    coachingSessions(first: 5) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n": types.CoachingSection_UserFragmentDoc,
    "\n  mutation StartCoachingSession($input: StartCoachingSessionInput) {\n    startCoachingSession(input: $input) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n": types.StartCoachingSessionDocument,
    "\n  query RiseCoachingQuota {\n    me {\n      id\n      coachingQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n": types.RiseCoachingQuotaDocument,
    "\n  fragment GoalItem_goal on Goal {\n    id\n    title\n    targetDate\n    progress\n    completedAt\n    milestones {\n      id\n      title\n      position\n      done\n    }\n  }\n": types.GoalItem_GoalFragmentDoc,
    "\n  fragment GoalsSection_user on User {\n    id\n    goals {\n      id\n      ...GoalItem_goal\n    }\n  }\n": types.GoalsSection_UserFragmentDoc,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      id\n      ...GoalItem_goal\n    }\n  }\n": types.SetGoalDocument,
    "\n  mutation CompleteMilestone($milestoneId: ID!) {\n    completeMilestone(milestoneId: $milestoneId) {\n      id\n      progress\n      completedAt\n      milestones {\n        id\n        done\n      }\n    }\n  }\n": types.CompleteMilestoneDocument,
    "\n  fragment JournalSection_user on User {\n    journal(first: 30) {\n      id\n      mood\n      confidence\n      notes\n      createdAt\n    }\n    emotionalTrend {\n      moodAverage7d\n    }\n  }\n": types.JournalSection_UserFragmentDoc,
    "\n  query RiseJournal {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n    }\n  }\n": types.RiseJournalDocument,
    "\n  mutation LogMood($input: LogMoodInput!) {\n    logMood(input: $input) {\n      id\n      mood\n      confidence\n      createdAt\n    }\n  }\n": types.LogMoodDocument,
    "\n  query RisePage {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n      ...GoalsSection_user\n      ...ActionsSection_user\n      ...CoachingSection_user\n    }\n    riseHelplines {\n      name\n      number\n      description\n    }\n  }\n": types.RisePageDocument,
    "\n  fragment TrendCard_user on User {\n    emotionalTrend {\n      moodAverage7d\n      entries7d\n      confidenceChange30d\n      entries30d\n      burnoutRisk\n      signals\n    }\n  }\n": types.TrendCard_UserFragmentDoc,
    "\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n      roles\n    }\n  }\n": types.Session_PayloadFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IrisWidget {\n    irisTopics {\n      key\n      label\n      description\n    }\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      conversations(first: 1) {\n        id\n        topic {\n          key\n        }\n        messages(first: 20) {\n          id\n          role\n          text\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IrisWidget {\n    irisTopics {\n      key\n      label\n      description\n    }\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      conversations(first: 1) {\n        id\n        topic {\n          key\n        }\n        messages(first: 20) {\n          id\n          role\n          text\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IrisQuota {\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query IrisQuota {\n    me {\n      id\n      irisQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendIrisMessage($input: SendIrisMessageInput!) {\n    sendIrisMessage(input: $input) {\n      id\n      conversationId\n      text\n      reply {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendIrisMessage($input: SendIrisMessageInput!) {\n    sendIrisMessage(input: $input) {\n      id\n      conversationId\n      text\n      reply {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IrisReply($conversationId: ID!) {\n    irisReply(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      restart\n      done\n      failure\n    }\n  }\n"): (typeof documents)["\n  subscription IrisReply($conversationId: ID!) {\n    irisReply(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      restart\n      done\n      failure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    me {\n      id\n      ...ProfileCard_user\n      ...SubscriptionCard_user\n      ...ConsentSettings_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentHistory_user on User {\n    consentHistory(first: 10) {\n      purpose\n      granted\n      textVersion\n      changedAt\n      changedByUser\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentHistory_user on User {\n    consentHistory(first: 10) {\n      purpose\n      granted\n      textVersion\n      changedAt\n      changedByUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      textVersion\n      updatedAt\n    }\n    ...ConsentHistory_user\n  }\n"): (typeof documents)["\n  fragment ConsentSettings_user on User {\n    id\n    consents {\n      purpose\n      granted\n      textVersion\n      updatedAt\n    }\n    ...ConsentHistory_user\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsent($purpose: String!, $granted: Boolean!, $textVersion: String) {\n    setConsent(purpose: $purpose, granted: $granted, textVersion: $textVersion) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsent($purpose: String!, $granted: Boolean!, $textVersion: String) {\n    setConsent(purpose: $purpose, granted: $granted, textVersion: $textVersion) {\n      id\n      ...ConsentSettings_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData {\n      userId\n      id\n      generatedAt\n      formatVersion\n      schemaUrl\n      accounts\n      aube\n      letters\n      rise\n      iris\n      billing\n      agents\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData {\n      userId\n      id\n      generatedAt\n      formatVersion\n      schemaUrl\n      accounts\n      aube\n      letters\n      rise\n      iris\n      billing\n      agents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ProfileCard_user on User {\n    email\n    displayName\n    tier\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n"): (typeof documents)["\n  fragment SubscriptionCard_user on User {\n    subscription {\n      plan\n      status\n      currentPeriodEnd\n      cancelAtPeriodEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow_key on ApiKey {\n    id\n    partner\n    name\n    prefix\n    scopes\n    costLimit\n    rateLimit\n    expiresAt\n    lastUsedAt\n    createdAt\n    revokedAt\n    status\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow_key on ApiKey {\n    id\n    partner\n    name\n    prefix\n    scopes\n    costLimit\n    rateLimit\n    expiresAt\n    lastUsedAt\n    createdAt\n    revokedAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n"): (typeof documents)["\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      ...ApiKeyRow_key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiKey($id: ID!, $graceSeconds: Int) {\n    rotateApiKey(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateApiKey($id: ID!, $graceSeconds: Int) {\n    rotateApiKey(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      apiKey {\n        id\n        name\n        partner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard($from: DateTime!, $to: DateTime!, $cohortsFrom: DateTime!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      steps {\n        name\n        count\n        conversionFromPrevious\n      }\n    }\n    cohorts(from: $cohortsFrom, to: $to) {\n      period\n      size\n      retention {\n        day\n        eligible\n        retained\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard($from: DateTime!, $to: DateTime!, $cohortsFrom: DateTime!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      steps {\n        name\n        count\n        conversionFromPrevious\n      }\n    }\n    cohorts(from: $cohortsFrom, to: $to) {\n      period\n      size\n      retention {\n        day\n        eligible\n        retained\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplanationLevels_resilience on ResilienceAnalysis {\n    level1: explanation(level: 1) {\n      ...ExplanationView_explanation\n    }\n    level2: explanation(level: 2) {\n      ...ExplanationView_explanation\n    }\n    level3: explanation(level: 3) {\n      ...ExplanationView_explanation\n    }\n  }\n"): (typeof documents)["\n  fragment ExplanationLevels_resilience on ResilienceAnalysis {\n    level1: explanation(level: 1) {\n      ...ExplanationView_explanation\n    }\n    level2: explanation(level: 2) {\n      ...ExplanationView_explanation\n    }\n    level3: explanation(level: 3) {\n      ...ExplanationView_explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplanationView_explanation on Explanation {\n    level\n    summary\n    score\n    horizon\n    nextAction\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    protectiveTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    exposedTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    sources {\n      id\n      name\n      version\n      publisher\n      licence\n      attribution\n      url\n    }\n    confidence\n    technical {\n      formula\n      weights {\n        name\n        value\n        description\n      }\n      dataVersion\n      modelVersion\n      limits\n      knownBiases\n      humanReview\n      comparisons\n    }\n  }\n"): (typeof documents)["\n  fragment ExplanationView_explanation on Explanation {\n    level\n    summary\n    score\n    horizon\n    nextAction\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    protectiveTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    exposedTasks {\n      label\n      exposure\n      core\n      bottlenecks\n    }\n    sources {\n      id\n      name\n      version\n      publisher\n      licence\n      attribution\n      url\n    }\n    confidence\n    technical {\n      formula\n      weights {\n        name\n        value\n        description\n      }\n      dataVersion\n      modelVersion\n      limits\n      knownBiases\n      humanReview\n      comparisons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartExploration($input: StartExplorationInput!) {\n    startExploration(input: $input) {\n      id\n      saved\n      ...ExplorationResult_exploration\n    }\n  }\n"): (typeof documents)["\n  mutation StartExploration($input: StartExplorationInput!) {\n    startExploration(input: $input) {\n      id\n      saved\n      ...ExplorationResult_exploration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorationHistory {\n    me {\n      id\n      explorations(first: 5) {\n        id\n        createdAt\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorationHistory {\n    me {\n      id\n      explorations(first: 5) {\n        id\n        createdAt\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorationPage($id: ID!) {\n    exploration(id: $id) {\n      id\n      ...ExplorationResult_exploration\n    }\n  }\n"): (typeof documents)["\n  query ExplorationPage($id: ID!) {\n    exploration(id: $id) {\n      id\n      ...ExplorationResult_exploration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorationResult_exploration on Exploration {\n    id\n    createdAt\n    saved\n    occupation {\n      code\n      title\n    }\n    resilience {\n      ...ScoreSummary_resilience\n      ...ExplanationLevels_resilience\n    }\n    recommendations {\n      ...RecommendationCard_recommendation\n    }\n    chosenOccupation {\n      code\n      title\n    }\n    ...UpskillingPlan_exploration\n    ...TrustReportCard_exploration\n  }\n"): (typeof documents)["\n  fragment ExplorationResult_exploration on Exploration {\n    id\n    createdAt\n    saved\n    occupation {\n      code\n      title\n    }\n    resilience {\n      ...ScoreSummary_resilience\n      ...ExplanationLevels_resilience\n    }\n    recommendations {\n      ...RecommendationCard_recommendation\n    }\n    chosenOccupation {\n      code\n      title\n    }\n    ...UpskillingPlan_exploration\n    ...TrustReportCard_exploration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  query OccupationSearch($search: String!) {\n    occupations(search: $search, first: 8) {\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationCard_recommendation on CareerRecommendation {\n    rank\n    score\n    occupation {\n      code\n      title\n    }\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    skillsOverlap\n    sharedSkills\n    skillsToAcquire\n    resilienceGain\n    explanation(level: 1) {\n      summary\n      nextAction\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationCard_recommendation on CareerRecommendation {\n    rank\n    score\n    occupation {\n      code\n      title\n    }\n    factors {\n      name\n      label\n      contribution\n      detail\n    }\n    skillsOverlap\n    sharedSkills\n    skillsToAcquire\n    resilienceGain\n    explanation(level: 1) {\n      summary\n      nextAction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseCareer($explorationId: ID!, $occupationCode: ID!) {\n    chooseCareer(explorationId: $explorationId, occupationCode: $occupationCode) {\n      id\n      chosenOccupation {\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseCareer($explorationId: ID!, $occupationCode: ID!) {\n    chooseCareer(explorationId: $explorationId, occupationCode: $occupationCode) {\n      id\n      chosenOccupation {\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreSummary_resilience on ResilienceAnalysis {\n    score\n    evolution\n    horizon\n    threatLevel\n    confidence\n    anxietyScore\n    personalised\n  }\n"): (typeof documents)["\n  fragment ScoreSummary_resilience on ResilienceAnalysis {\n    score\n    evolution\n    horizon\n    threatLevel\n    confidence\n    anxietyScore\n    personalised\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustReportCard_exploration on Exploration {\n    id\n    saved\n    trustReport {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n"): (typeof documents)["\n  fragment TrustReportCard_exploration on Exploration {\n    id\n    saved\n    trustReport {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustReportDownload($id: ID!) {\n    exploration(id: $id) {\n      id\n      trustReport {\n        id\n        pdfUrl\n        jsonUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustReportDownload($id: ID!) {\n    exploration(id: $id) {\n      id\n      trustReport {\n        id\n        pdfUrl\n        jsonUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareTrustReport($id: ID!) {\n    shareTrustReport(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ShareTrustReport($id: ID!) {\n    shareTrustReport(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTrustReportShare($id: ID!) {\n    revokeTrustReportShare(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTrustReportShare($id: ID!) {\n    revokeTrustReportShare(id: $id) {\n      id\n      shareUrl\n      sharedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpskillingPlan_exploration on Exploration {\n    upskillingPlan {\n      id\n      skill\n      description\n      durationHours\n      cpfEligible\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment UpskillingPlan_exploration on Exploration {\n    upskillingPlan {\n      id\n      skill\n      description\n      durationHours\n      cpfEligible\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...Session_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckoutReturn {\n    me {\n      id\n      tier\n      subscription {\n        plan\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HealthBoard_health on SystemHealth {\n    status\n    checkedAt\n    services {\n      name\n      status\n      latencyMs\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  fragment HealthBoard_health on SystemHealth {\n    status\n    checkedAt\n    services {\n      name\n      status\n      latencyMs\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemHealthPage {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n"): (typeof documents)["\n  query SystemHealthPage {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SystemHealthUpdates {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n"): (typeof documents)["\n  subscription SystemHealthUpdates {\n    systemHealth {\n      ...HealthBoard_health\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AtsResult_analysis on AtsAnalysis {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    matchedKeywords\n    missingKeywords\n    wordCount\n    lengthBand\n    actionVerbs\n    quantifiedResults\n    formattingProblems {\n      kind\n      line\n      excerpt\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AtsResult_analysis on AtsAnalysis {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    matchedKeywords\n    missingKeywords\n    wordCount\n    lengthBand\n    actionVerbs\n    quantifiedResults\n    formattingProblems {\n      kind\n      line\n      excerpt\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnalyzeAts($input: AnalyzeAtsInput!) {\n    analyzeAts(input: $input) {\n      id\n      ...AtsResult_analysis\n    }\n  }\n"): (typeof documents)["\n  mutation AnalyzeAts($input: AnalyzeAtsInput!) {\n    analyzeAts(input: $input) {\n      id\n      ...AtsResult_analysis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachResult_feedback on CoachFeedback {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    suggestions {\n      kind\n      sentenceIndex\n      sentence\n      excerpt\n      message\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CoachResult_feedback on CoachFeedback {\n    id\n    score\n    letterVersion\n    factors {\n      name\n      score\n      weight\n      contribution\n      detail\n    }\n    suggestions {\n      kind\n      sentenceIndex\n      sentence\n      excerpt\n      message\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoachLetter($letterId: ID!) {\n    coachLetter(letterId: $letterId) {\n      id\n      ...CoachResult_feedback\n    }\n  }\n"): (typeof documents)["\n  mutation CoachLetter($letterId: ID!) {\n    coachLetter(letterId: $letterId) {\n      id\n      ...CoachResult_feedback\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateLetter($id: ID!, $input: RegenerateLetterInput) {\n    regenerateLetter(id: $id, input: $input) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateLetter($id: ID!, $input: RegenerateLetterInput) {\n    regenerateLetter(id: $id, input: $input) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterExport($id: ID!, $format: LetterExportFormat!) {\n    letter(id: $id) {\n      id\n      export(format: $format) {\n        fileName\n        mimeType\n        contentBase64\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterExport($id: ID!, $format: LetterExportFormat!) {\n    letter(id: $id) {\n      id\n      export(format: $format) {\n        fileName\n        mimeType\n        contentBase64\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterAubeContext {\n    me {\n      id\n      consents {\n        purpose\n        granted\n      }\n      explorations(first: 1) {\n        id\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n          protectiveTasks {\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterAubeContext {\n    me {\n      id\n      consents {\n        purpose\n        granted\n      }\n      explorations(first: 1) {\n        id\n        occupation {\n          code\n          title\n        }\n        resilience {\n          score\n          protectiveTasks {\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateLetter($input: GenerateLetterInput!) {\n    generateLetter(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterGrounding_letter on Letter {\n    grounding {\n      namesCompany\n      namesJobTitle\n      matchingSkills\n      namedSkills\n      mentionsCareerChange\n      usesAubeAnalysis\n    }\n  }\n"): (typeof documents)["\n  fragment LetterGrounding_letter on Letter {\n    grounding {\n      namesCompany\n      namesJobTitle\n      matchingSkills\n      namedSkills\n      mentionsCareerChange\n      usesAubeAnalysis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      jobTitle\n      company\n      tone\n      createdAt\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterPage($id: ID!) {\n    letter(id: $id) {\n      id\n      jobTitle\n      company\n      tone\n      createdAt\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterAnalyses($id: ID!) {\n    letter(id: $id) {\n      id\n      latestAtsAnalysis {\n        id\n        ...AtsResult_analysis\n      }\n      latestCoachFeedback {\n        id\n        ...CoachResult_feedback\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterAnalyses($id: ID!) {\n    letter(id: $id) {\n      id\n      latestAtsAnalysis {\n        id\n        ...AtsResult_analysis\n      }\n      latestCoachFeedback {\n        id\n        ...CoachResult_feedback\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterText_letter on Letter {\n    id\n    text\n    tone\n    currentVersion\n    wordCount\n    sections {\n      subject\n      greeting\n      hook\n      body\n      closing\n    }\n  }\n"): (typeof documents)["\n  fragment LetterText_letter on Letter {\n    id\n    text\n    tone\n    currentVersion\n    wordCount\n    sections {\n      subject\n      greeting\n      hook\n      body\n      closing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditLetter($id: ID!, $text: String!) {\n    editLetter(id: $id, text: $text) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n"): (typeof documents)["\n  mutation EditLetter($id: ID!, $text: String!) {\n    editLetter(id: $id, text: $text) {\n      id\n      updatedAt\n      ...LetterText_letter\n      ...LetterVersions_letter\n      ...LetterGrounding_letter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LetterVersions_letter on Letter {\n    id\n    currentVersion\n    versions(first: 10) {\n      number\n      origin\n      tone\n      wordCount\n      createdAt\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment LetterVersions_letter on Letter {\n    id\n    currentVersion\n    versions(first: 10) {\n      number\n      origin\n      tone\n      wordCount\n      createdAt\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LettersPage {\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      letters(first: 20) {\n        id\n        jobTitle\n        company\n        tone\n        wordCount\n        currentVersion\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query LettersPage {\n    me {\n      id\n      letterQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n      letters(first: 20) {\n        id\n        jobTitle\n        company\n        tone\n        wordCount\n        currentVersion\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MirrorMatchResult_culture on CompanyCulture {\n    id\n    company\n    communicationStyle\n    workEnvironment\n    leadershipStyle\n    innovationLevel\n    confidence\n    recommendedTone\n    signals {\n      dimension\n      value\n      cue\n    }\n    explanation\n  }\n"): (typeof documents)["\n  fragment MirrorMatchResult_culture on CompanyCulture {\n    id\n    company\n    communicationStyle\n    workEnvironment\n    leadershipStyle\n    innovationLevel\n    confidence\n    recommendedTone\n    signals {\n      dimension\n      value\n      cue\n    }\n    explanation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MirrorMatch($input: MirrorMatchInput!) {\n    mirrorMatch(input: $input) {\n      id\n      ...MirrorMatchResult_culture\n    }\n  }\n"): (typeof documents)["\n  mutation MirrorMatch($input: MirrorMatchInput!) {\n    mirrorMatch(input: $input) {\n      id\n      ...MirrorMatchResult_culture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation StartCheckout($plan: Tier!) {\n    startCheckout(plan: $plan) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n"): (typeof documents)["\n  fragment PlanCard_plan on Plan {\n    tier\n    name\n    priceMonthlyEur\n    quotas {\n      lettersPerMonth\n      irisMessagesPerDay\n      irisContextDays\n      coachingSessionsPerMonth\n    }\n    features\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n"): (typeof documents)["\n  query PricingPage {\n    plans {\n      tier\n      priceMonthlyEur\n      ...PlanCard_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionsSection_user on User {\n    id\n    dailyActions {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n    goals {\n      id\n      title\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ActionsSection_user on User {\n    id\n    dailyActions {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n    goals {\n      id\n      title\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAction($input: PlanActionInput!) {\n    planAction(input: $input) {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanAction($input: PlanActionInput!) {\n    planAction(input: $input) {\n      id\n      title\n      day\n      done\n      goal {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAction($actionId: ID!) {\n    completeAction(actionId: $actionId) {\n      id\n      done\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAction($actionId: ID!) {\n    completeAction(actionId: $actionId) {\n      id\n      done\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingSessionItem_session on CoachingSession {\n    id\n    status\n    message\n    reply\n    safetyFiltered\n    startedAt\n    humanHelp {\n      reasons\n      helplines {\n        name\n        number\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CoachingSessionItem_session on CoachingSession {\n    id\n    status\n    message\n    reply\n    safetyFiltered\n    startedAt\n    humanHelp {\n      reasons\n      helplines {\n        name\n        number\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachingSection_user on User {\n    id\n    coachingQuota {\n      used\n      limit\n      remaining\n      resetsAt\n    }\n    coachingSessions(first: 5) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n"): (typeof documents)["\n  fragment CoachingSection_user on User {\n    id\n    coachingQuota {\n      used\n      limit\n      remaining\n      resetsAt\n    }\n    coachingSessions(first: 5) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCoachingSession($input: StartCoachingSessionInput) {\n    startCoachingSession(input: $input) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n"): (typeof documents)["\n  mutation StartCoachingSession($input: StartCoachingSessionInput) {\n    startCoachingSession(input: $input) {\n      id\n      ...CoachingSessionItem_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiseCoachingQuota {\n    me {\n      id\n      coachingQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiseCoachingQuota {\n    me {\n      id\n      coachingQuota {\n        used\n        limit\n        remaining\n        resetsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalItem_goal on Goal {\n    id\n    title\n    targetDate\n    progress\n    completedAt\n    milestones {\n      id\n      title\n      position\n      done\n    }\n  }\n"): (typeof documents)["\n  fragment GoalItem_goal on Goal {\n    id\n    title\n    targetDate\n    progress\n    completedAt\n    milestones {\n      id\n      title\n      position\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalsSection_user on User {\n    id\n    goals {\n      id\n      ...GoalItem_goal\n    }\n  }\n"): (typeof documents)["\n  fragment GoalsSection_user on User {\n    id\n    goals {\n      id\n      ...GoalItem_goal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      id\n      ...GoalItem_goal\n    }\n  }\n"): (typeof documents)["\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      id\n      ...GoalItem_goal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMilestone($milestoneId: ID!) {\n    completeMilestone(milestoneId: $milestoneId) {\n      id\n      progress\n      completedAt\n      milestones {\n        id\n        done\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMilestone($milestoneId: ID!) {\n    completeMilestone(milestoneId: $milestoneId) {\n      id\n      progress\n      completedAt\n      milestones {\n        id\n        done\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JournalSection_user on User {\n    journal(first: 30) {\n      id\n      mood\n      confidence\n      notes\n      createdAt\n    }\n    emotionalTrend {\n      moodAverage7d\n    }\n  }\n"): (typeof documents)["\n  fragment JournalSection_user on User {\n    journal(first: 30) {\n      id\n      mood\n      confidence\n      notes\n      createdAt\n    }\n    emotionalTrend {\n      moodAverage7d\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiseJournal {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n    }\n  }\n"): (typeof documents)["\n  query RiseJournal {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogMood($input: LogMoodInput!) {\n    logMood(input: $input) {\n      id\n      mood\n      confidence\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation LogMood($input: LogMoodInput!) {\n    logMood(input: $input) {\n      id\n      mood\n      confidence\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RisePage {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n      ...GoalsSection_user\n      ...ActionsSection_user\n      ...CoachingSection_user\n    }\n    riseHelplines {\n      name\n      number\n      description\n    }\n  }\n"): (typeof documents)["\n  query RisePage {\n    me {\n      id\n      ...JournalSection_user\n      ...TrendCard_user\n      ...GoalsSection_user\n      ...ActionsSection_user\n      ...CoachingSection_user\n    }\n    riseHelplines {\n      name\n      number\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendCard_user on User {\n    emotionalTrend {\n      moodAverage7d\n      entries7d\n      confidenceChange30d\n      entries30d\n      burnoutRisk\n      signals\n    }\n  }\n"): (typeof documents)["\n  fragment TrendCard_user on User {\n    emotionalTrend {\n      moodAverage7d\n      entries7d\n      confidenceChange30d\n      entries30d\n      burnoutRisk\n      signals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n      roles\n    }\n  }\n"): (typeof documents)["\n  fragment Session_payload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      tier\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...Session_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;