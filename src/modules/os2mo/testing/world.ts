import crypto from 'node:crypto';
import type { FakeOrganisation } from './fake-os2mo.js';

/** A uuid that reads as what it is in test output, and is the same on every run. */
const uuid = (label: string) => {
  const h = crypto.createHash('sha1').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * A small municipality: a department with an area and two institutions (Solsikken without a
 * manager), a unit below Mælkebøtten, managers on three levels, Dorthe with two engagements,
 * and `extra` employees in Rød stue so every collection has several pages.
 */
export function smallMunicipality(extra = 0): FakeOrganisation {
  const u = (key: string, name: string, parent: string | null) => ({
    uuid: uuid(`unit:${key}`),
    name,
    parent: parent && uuid(`unit:${parent}`),
  });
  const units = [
    u('buf', 'Børne- og Ungeforvaltningen', null),
    u('nord', 'Område Nord', 'buf'),
    u('mb', 'Børnehuset Mælkebøtten', 'nord'),
    u('sol', 'Børnehuset Solsikken', 'nord'),
    u('roed', 'Rød stue', 'mb'),
  ];
  const person = (key: string, name: string, email?: string) => ({
    uuid: uuid(`person:${key}`),
    userKey: key,
    name,
    ...(email ? { email } : {}),
  });
  const employees = [
    person('1001', 'Birgitte Holm', 'birgitte.holm@kommune.dk'),
    person('1002', 'Anne Jørgensen', 'anne.jorgensen@kommune.dk'),
    person('1003', 'Mads Kristensen', 'mads.kristensen@kommune.dk'),
    person('1004', 'Dorthe Æbelø'),
    person('1005', 'Sofie Lund', 'sofie.lund@kommune.dk'),
    person('1006', 'Jonas Berg', 'jonas.berg@kommune.dk'),
  ];
  for (let i = 0; i < extra; i++)
    employees.push(person(`9${String(i).padStart(5, '0')}`, `Medarbejder ${i + 1}`));
  const eng = (key: string, unit: string, jobFunction: string) => ({
    uuid: uuid(`engagement:${key}:${unit}`),
    person: uuid(`person:${key}`),
    unit: uuid(`unit:${unit}`),
    jobFunction,
  });
  const engagements = [
    eng('1001', 'buf', 'Direktør'),
    eng('1002', 'nord', 'Områdeleder'),
    eng('1003', 'mb', 'Institutionsleder'),
    eng('1004', 'mb', 'Pædagog'),
    eng('1004', 'roed', 'Pædagogisk konsulent'),
    eng('1005', 'sol', 'Pædagog'),
    eng('1006', 'roed', 'Pædagogmedhjælper'),
    ...employees.slice(6).map((e) => eng(e.userKey, 'roed', 'Pædagog')),
  ];
  const mgr = (key: string | null, unit: string) => ({
    uuid: uuid(`manager:${key}:${unit}`),
    person: key && uuid(`person:${key}`),
    unit: uuid(`unit:${unit}`),
  });
  // Solsikken has a vacant manager post: no person, so it is led from Område Nord.
  const managers = [mgr('1001', 'buf'), mgr('1002', 'nord'), mgr('1003', 'mb'), mgr(null, 'sol')];
  return { units, employees, engagements, managers };
}

export const unitUuid = (key: string) => uuid(`unit:${key}`);
export const personUuid = (key: string) => uuid(`person:${key}`);

/** A large municipality for the benchmark: `unitCount` units in a tree four deep, `peopleCount` people. */
export function generatedMunicipality(peopleCount: number, unitCount: number): FakeOrganisation {
  const units = Array.from({ length: unitCount }, (_, i) => ({
    uuid: uuid(`gen-unit:${i}`),
    name: `Enhed ${i + 1}`,
    parent: i === 0 ? null : uuid(`gen-unit:${Math.floor((i - 1) / 8)}`),
  }));
  const employees = Array.from({ length: peopleCount }, (_, i) => ({
    uuid: uuid(`gen-person:${i}`),
    userKey: `G${i}`,
    name: `Medarbejder ${i + 1}`,
    email: `medarbejder${i + 1}@kommune.dk`,
  }));
  const engagements = employees.flatMap((e, i) => {
    const first = {
      uuid: uuid(`gen-eng:${i}`),
      person: e.uuid,
      unit: units[i % unitCount]!.uuid,
      jobFunction: 'Pædagog',
    };
    // One in twenty has a second engagement elsewhere.
    return i % 20 === 0
      ? [
          first,
          {
            uuid: uuid(`gen-eng2:${i}`),
            person: e.uuid,
            unit: units[(i + 7) % unitCount]!.uuid,
            jobFunction: 'Konsulent',
          },
        ]
      : [first];
  });
  // Most units have a manager; every tenth is led from above.
  const managers = units
    .map((u, i) => ({ uuid: uuid(`gen-mgr:${i}`), person: employees[i % peopleCount]!.uuid, unit: u.uuid }))
    .filter((_, i) => i % 10 !== 5);
  return { units, employees, engagements, managers };
}
