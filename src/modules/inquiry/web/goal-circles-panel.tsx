/**
 * The circles of one goal, shown on the goal's page (placeholder until the circle screens land).
 */
export function GoalCirclesPanel(_props: { goalId: string; canEdit: boolean }) {
  return null;
}
