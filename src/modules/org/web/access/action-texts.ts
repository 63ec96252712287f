// Every audit action that means "read my record" (the services' auditRecordRead calls, the overview's statement).
export const ACTION_TEXT = {
  'person.read': 'org.access.actions.personRead',
  'goal.read': 'org.access.actions.goalRead',
  'circle.read': 'org.access.actions.circleRead',
  'conversation.read': 'org.access.actions.conversationRead',
  'agreement.read': 'org.access.actions.agreementRead',
  'feedback.read': 'org.access.actions.feedbackRead',
  'development.read': 'org.access.actions.developmentRead',
  'overview.read': 'org.access.actions.overviewRead',
  'cadence.read': 'org.access.actions.cadenceRead',
  'licences.read': 'org.access.actions.licencesRead',
  'practice_review.read': 'org.access.actions.practiceReviewRead',
  'initiative_levels.read': 'org.access.actions.initiativeLevelsRead',
  'culture_assessment.read': 'org.access.actions.cultureAssessmentRead',
  'library_attachments.read': 'org.access.actions.libraryAttachmentsRead',
} as const;
