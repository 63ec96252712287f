import {
  demoAccountEmail as accountEmailIn,
  demoEmail as emailIn,
  JOURNEY_ORG,
  type DemoAccount,
} from '../src/modules/demo/data';

/*
 * The journeys sign in to their own twin of the demo (Prøvekommune, DEMO_JOURNEYS), whose
 * accounts start clean, and never touch the README's demo, which lives a full year for people to
 * explore. Same people, same structure, another address domain.
 */
export const JOURNEY_ORG_NAME = JOURNEY_ORG.name;
export const demoEmail = (name: string) => emailIn(name, JOURNEY_ORG);
export const demoAccountEmail = (account: DemoAccount) => accountEmailIn(account, JOURNEY_ORG);
