// The shape of a survey instrument, shared by the server and the web app. The built-in instruments
// in this folder are the defaults; an organisation's HR edits its own copies (items, texts, indices).

/** A text in both of the product's languages; Danish is the source, English a faithful translation. */
export interface Localized {
  da: string;
  en: string;
}

export interface ScaleLabel {
  value: number;
  text: Localized;
}

export interface Scale {
  min: number;
  max: number;
  /** At least the two ends; a label for every point where the instrument has one. */
  labels: readonly ScaleLabel[];
}

export interface InstrumentItem {
  /** Stable within the instrument: answers and results refer to it. */
  key: string;
  text: Localized;
  /** A few words for charts, tables and the heat map. */
  short: Localized;
  /** The index the item counts in, if any. */
  index?: string;
  /** A respondent may leave it unanswered. */
  optional?: boolean;
  /** Agreeing is the unwanted answer: the score is turned round (max + min − score) before it counts. */
  reverse?: boolean;
}

export interface InstrumentIndex {
  key: string;
  name: Localized;
  /** A composite index: the mean of these indices instead of items of its own. */
  of?: readonly string[];
}

export interface Instrument {
  key: string;
  name: Localized;
  description: Localized;
  scale: Scale;
  items: readonly InstrumentItem[];
  /**
   * Scores an index from its items' means; results show an index on 0–100 (min → 0, max → 100), as
   * the Danish social-capital surveys do, so "ten points" means the same on every instrument.
   */
  indices: readonly InstrumentIndex[];
  /** Whether a free comment is offered after the items. */
  comment: boolean;
}

/** The five-point extent scale most instruments use, with every point named. */
export const EXTENT_SCALE: Scale = {
  min: 1,
  max: 5,
  labels: [
    { value: 1, text: { da: 'I meget lav grad', en: 'To a very small extent' } },
    { value: 2, text: { da: 'I lav grad', en: 'To a small extent' } },
    { value: 3, text: { da: 'Delvis', en: 'Partly' } },
    { value: 4, text: { da: 'I høj grad', en: 'To a large extent' } },
    { value: 5, text: { da: 'I meget høj grad', en: 'To a very large extent' } },
  ],
};

/**
 * The scale as the forums' meeting evaluation and safety check show it today: the two ends only,
 * in the same words (forums/web/messages.ts, answer.scaleLow and answer.scaleHigh).
 */
export const ENDS_SCALE: Scale = {
  min: 1,
  max: 5,
  labels: [
    { value: 1, text: { da: 'i meget lav grad', en: 'to a very small extent' } },
    { value: 5, text: { da: 'i meget høj grad', en: 'to a very large extent' } },
  ],
};
