import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';

type Scalar = string | number | boolean | null;

/** `progressSigns` → "progress signs", `put_aside` → "put aside": a name no catalogue knows, made readable. */
const readable = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]/g, ' ')
    .toLowerCase();

const CODE = /^[a-z]+(_[a-z]+)*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

/**
 * The words of a person's record: field names, coded values and kinds of item in the reader's
 * language. A circle's fields (`plan.question`) take their labels from the circle's own form, as
 * the person saw them when writing.
 */
export function useRecordWords() {
  const { t, formatDate } = useI18n();
  const known = (key: string) => {
    const text = t(key as MessageKey);
    return text === key ? undefined : text;
  };
  const label = (key: string, form: string | null) => {
    const [phase, field] = key.split('.');
    if (field && form) {
      const phaseTitle = known(`inquiry.forms.learning_circle.${phase}.title`);
      const fieldText = known(`inquiry.forms.${form}.${phase}.${field}.label`);
      if (fieldText) return phaseTitle ? `${phaseTitle}: ${fieldText}` : fieldText;
    }
    return known(`privacy.fields.${key}`) ?? readable(key);
  };
  const value = (v: Scalar) => {
    if (typeof v === 'boolean') return t(v ? 'privacy.yes' : 'privacy.no');
    if (typeof v === 'string' && ISO_DAY.test(v))
      return formatDate(v, v.length > 10 ? 'dateTime' : undefined);
    if (typeof v === 'string' && CODE.test(v)) return known(`privacy.values.${v}`) ?? readable(v);
    return String(v);
  };
  const title = (text: string) => (CODE.test(text) ? (known(`privacy.values.${text}`) ?? text) : text);
  return { label, value, title };
}
