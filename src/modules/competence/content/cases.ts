// The guide's six worked workplace cases (seeds/002, "six examples from municipalities and regions"),
// retold as example initiatives a leader can start from. One file per case in cases/.
import type { FormatId } from './formats.js';
import type { AnchoringKind, GoalLevel, LicenceLevel, Localized, TargetLevel, Tempo } from './types.js';
import { residentialHome } from './cases/residential-home.js';
import { daycare } from './cases/daycare.js';
import { careHomeMeals } from './cases/care-home-meals.js';
import { maternityWard } from './cases/maternity-ward.js';
import { jobCentre } from './cases/job-centre.js';
import { careHomeScreens } from './cases/care-home-screens.js';

export interface ExampleInitiative {
  key: string;
  /** The initiative's name, as a leader would title it. */
  name: Localized;
  /** The kind of workplace, without naming a real one. */
  workplace: Localized;
  /** Why the workplace started, in two or three sentences. */
  background: Localized;
  task: Localized;
  perspective: { coreTask: Localized; workplace: Localized };
  /** Null where the case did not set a goal on that level. */
  learningGoals: Record<GoalLevel, Localized | null>;
  trainingTrack: {
    tempi: Record<Tempo, Localized | null>;
    /** Formats from the catalogue, the main one first. */
    formats: readonly FormatId[];
    /** What the case did that the catalogue's names do not say. */
    note?: Localized;
  };
  /** Null where the case gave no arrangement of that kind; the leader fills it in. */
  anchoring: Record<AnchoringKind, Localized | null>;
  participants: { who: Localized; target: TargetLevel };
  /** Only where the case uses driving licences. */
  licences?: {
    levels: Record<LicenceLevel, Localized>;
    /** The lowest level that may do the task alone. */
    requiredAlone: LicenceLevel;
    note: Localized;
  };
}

export const EXAMPLE_INITIATIVES: readonly ExampleInitiative[] = [
  residentialHome,
  daycare,
  careHomeMeals,
  maternityWard,
  jobCentre,
  careHomeScreens,
];
