/** The circle phase's title key in the inquiry catalogue. */
export const phaseKey = (phase: string) => `inquiry.forms.learning_circle.${phase}.title`;
