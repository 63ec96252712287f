import { ROLES, UNIT_KINDS, type Role, type UnitKind } from '../../shared/roles.js';
import type { ImportKind } from './answers.js';

/**
 * The two CSV formats: their columns, the Danish names accepted for headers and values, and
 * example files. Shared by the server (parsing) and the web page (documentation, downloads).
 */
export interface ColumnDef {
  name: string;
  required: boolean;
  /** Header names accepted besides `name` (compared after normalising, see `normaliseHeader`). */
  aliases: string[];
}

export const UNIT_COLUMNS: ColumnDef[] = [
  { name: 'unit_code', required: true, aliases: ['enhedskode'] },
  { name: 'name', required: true, aliases: ['navn'] },
  { name: 'kind', required: false, aliases: ['type'] },
  { name: 'parent_code', required: false, aliases: ['overordnet_enhedskode'] },
];

export const PEOPLE_COLUMNS: ColumnDef[] = [
  { name: 'employee_number', required: true, aliases: ['medarbejdernummer'] },
  { name: 'name', required: true, aliases: ['navn'] },
  { name: 'email', required: false, aliases: ['e_mail', 'mail'] },
  { name: 'job_title', required: false, aliases: ['stilling'] },
  { name: 'unit_code', required: true, aliases: ['enhedskode'] },
  { name: 'role', required: false, aliases: ['rolle'] },
];

export const COLUMNS: Record<ImportKind, ColumnDef[]> = { units: UNIT_COLUMNS, people: PEOPLE_COLUMNS };

/** Case, surrounding space, inner spaces and hyphens do not matter in a header: `E-mail` is `e_mail`. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const UNIT_KIND_ALIASES: Record<string, UnitKind> = {
  forvaltning: 'administration',
  område: 'area',
  omraade: 'area',
  institution: 'institution',
  afdeling: 'department',
  anden: 'other',
  andet: 'other',
};

const ROLE_ALIASES: Record<string, Role> = {
  medarbejder: 'employee',
  leder: 'leader',
  ressourceperson: 'resource_person',
  læringspartner: 'learning_partner',
  laeringspartner: 'learning_partner',
  administrator: 'org_admin',
  med: 'med_member',
  med_udvalgsmedlem: 'med_member',
};

/** A value such as `Område` or `area` → `area`; null when it is not a kind. */
export function parseUnitKind(value: string): UnitKind | null {
  const v = value.trim().toLowerCase();
  if ((UNIT_KINDS as readonly string[]).includes(v)) return v as UnitKind;
  return UNIT_KIND_ALIASES[v] ?? null;
}

/** A value such as `Leder` or `leader` → `leader`; null when it is not a role. */
export function parseRole(value: string): Role | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((ROLES as readonly string[]).includes(v)) return v as Role;
  return ROLE_ALIASES[v] ?? null;
}

/** The Danish header name of each column, as in the Danish example file. */
export const DANISH_HEADERS: Record<string, string> = {
  unit_code: 'enhedskode',
  name: 'navn',
  kind: 'type',
  parent_code: 'overordnet_enhedskode',
  employee_number: 'medarbejdernummer',
  email: 'e-mail',
  job_title: 'stilling',
  role: 'rolle',
};

const EXAMPLE_ROWS: Record<ImportKind, { da: string[][]; en: string[][] }> = {
  units: {
    da: [
      ['F1', 'Børne- og Ungeforvaltningen', 'forvaltning', ''],
      ['O-NORD', 'Område Nord', 'område', 'F1'],
      ['I-SOL', 'Børnehuset Solsikken', 'institution', 'O-NORD'],
      ['A-ROED', 'Rød stue', 'afdeling', 'I-SOL'],
    ],
    en: [
      ['F1', 'Children and Youth Administration', 'administration', ''],
      ['O-NORD', 'Area North', 'area', 'F1'],
      ['I-SOL', 'Sunflower Kindergarten', 'institution', 'O-NORD'],
      ['A-ROED', 'Red room', 'department', 'I-SOL'],
    ],
  },
  people: {
    da: [
      ['10001', 'Anne Jørgensen', 'anne.jorgensen@kommune.dk', 'Områdeleder', 'O-NORD', 'leder'],
      ['10002', 'Bo Mølgaard', 'bo.molgaard@kommune.dk', 'Dagtilbudsleder', 'I-SOL', 'leder'],
      ['10003', 'Dorthe Æbelø', '', 'Pædagog', 'A-ROED', 'medarbejder'],
      ['10003', 'Dorthe Æbelø', '', 'Pædagog', 'I-SOL', 'ressourceperson'],
    ],
    en: [
      ['10001', 'Anne Jørgensen', 'anne.jorgensen@kommune.dk', 'Area leader', 'O-NORD', 'leader'],
      ['10002', 'Bo Mølgaard', 'bo.molgaard@kommune.dk', 'Head of kindergarten', 'I-SOL', 'leader'],
      ['10003', 'Dorthe Æbelø', '', 'Pedagogue', 'A-ROED', 'employee'],
      ['10003', 'Dorthe Æbelø', '', 'Pedagogue', 'I-SOL', 'resource_person'],
    ],
  },
};

/**
 * An example file. The Danish one has Danish headers and values and semicolons, as Danish
 * Excel writes it; the English one uses the canonical names and commas.
 */
export function exampleCsv(kind: ImportKind, locale: 'da' | 'en'): string {
  const sep = locale === 'da' ? ';' : ',';
  const header = COLUMNS[kind].map((c) => (locale === 'da' ? (DANISH_HEADERS[c.name] ?? c.name) : c.name));
  return [header, ...EXAMPLE_ROWS[kind][locale]].map((row) => row.join(sep)).join('\r\n') + '\r\n';
}
