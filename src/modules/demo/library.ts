import type { Db } from '../../server/db/client.js';
import { libraryPackageVersions, libraryPackages } from '../library/schema.js';

/*
 * The demo organisation's own library packages, written by HR (Mette Holm): a reflection package
 * in its second version (so the history and a change note show) and a small training track with
 * steps before, during and after. The built-in packages need no seeding.
 */
const HANDOVER_V1 = `En god overlevering gør, at den næste vagt kan tage over uden at gætte.

## Før overleveringen

- Skriv de tre vigtigste ting ned.
- Tænk på, hvad du selv ville have brug for at vide.

## Under overleveringen

- Sig det vigtigste først.
- Spørg: Er der noget, du mangler?`;

const HANDOVER_V2 = `${HANDOVER_V1}

## Efter overleveringen

- Tag en kort runde på teammødet en gang om måneden: Hvad gik tabt, og hvad virkede?`;

const LANGUAGE_TRACK = `Et lille træningsforløb på fire uger for personalet i vuggestuen: I øver jer i at sætte ord på det, barnet gør, i hverdagens rutiner.

## Hvorfor

Sproget vokser i de små samtaler ved bleskift, måltider og påklædning. Når de voksne sætter ord på, får barnet flere ord at bruge.

## Sådan gør I

Vælg én rutine ad gangen, og se hinanden i praksis med det aftalte fokus.`;

export async function seedDemoLibrary(db: Db, orgId: string, personIds: Map<string, string>) {
  const hr = personIds.get('Mette Holm') ?? null;
  const [handover, track] = await db
    .insert(libraryPackages)
    .values([
      { orgId, createdBy: hr, currentVersion: 2 },
      { orgId, createdBy: hr, currentVersion: 1 },
    ])
    .returning({ id: libraryPackages.id });
  const handoverBase = {
    orgId,
    packageId: handover!.id,
    kind: 'reflection' as const,
    title: 'Den gode overlevering',
    summary: 'Sådan giver I vagten videre, så intet vigtigt går tabt – og så den næste kan spørge.',
    tags: ['overlevering', 'samarbejde'],
    authorId: hr,
  };
  await db.insert(libraryPackageVersions).values([
    { ...handoverBase, version: 1, body: HANDOVER_V1, createdAt: new Date(Date.now() - 30 * 86_400_000) },
    { ...handoverBase, version: 2, body: HANDOVER_V2, changeNote: 'Nyt afsnit: følg op på teammødet' },
    {
      orgId,
      packageId: track!.id,
      version: 1,
      kind: 'training',
      title: 'Sprog i hverdagens rutiner',
      summary: 'Et forløb på fire uger: sæt ord på barnets handlinger ved bleskift, måltider og påklædning.',
      body: LANGUAGE_TRACK,
      tags: ['sprog', 'vuggestue', 'træning'],
      authorId: hr,
      steps: {
        before: [
          { title: 'Vælg en rutine', text: 'Fx måltidet; aftal, hvad I vil øve.' },
          { title: 'Dan makkerpar', text: 'Hvem ser hvem i praksis, og hvornår?' },
        ],
        during: [
          { title: 'Sæt ord på', text: 'Beskriv, hvad barnet gør, og vent på svar.' },
          { title: 'Giv hinanden feedback', text: 'Samme dag, med det aftalte fokus.' },
        ],
        after: [{ title: 'Tag en runde på stuemødet', text: 'Hvad ændrede sig, og hvad fortsætter vi med?' }],
      },
    },
  ]);
}
