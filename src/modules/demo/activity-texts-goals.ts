/**
 * The Danish goals of the demo organisation's year (activity.ts), per kind of workplace, with
 * the texts of every phase of their learning circles, and why a goal was achieved or put aside.
 */

import type { Sector } from './activity-texts-frames.js';

export interface DemoGoal {
  title: string;
  why: string;
  signs: string;
  /** Plan phase: theme, focus, what I need to learn, the change we want. */
  plan: [string, string, string, string];
  /** Action phase: what to try, the first step. */
  action: [string, string];
  /** In action: what to watch, which data. Response: what the data showed. */
  watch: [string, string];
  response: string;
  /** Reflection: the change seen, what was learned. Learning: what it means, next step. */
  reflection: [string, string];
  learning: [string, string];
}

const g = (
  title: string,
  why: string,
  signs: string,
  plan: DemoGoal['plan'],
  action: DemoGoal['action'],
  watch: DemoGoal['watch'],
  response: string,
  reflection: DemoGoal['reflection'],
  learning: DemoGoal['learning'],
): DemoGoal => ({ title, why, signs, plan, action, watch, response, reflection, learning });

export const DEMO_GOALS: Record<Sector, DemoGoal[]> = {
  daycare: [
    g(
      'Give de stille børn ordet ved frokosten',
      'Ved bordet er det de samme fire børn, der fører ordet, og de stille børn spiser og venter.',
      'De stille børn fortæller selv noget ved bordet mindst to gange om ugen.',
      [
        'Frokosten er larmende, og nogle børn siger aldrig noget.',
        'Hvordan kan jeg invitere de stille børn ind i samtalen ved bordet?',
        'Jeg skal blive bedre til at vente og ikke fylde pausen ud selv.',
        'At alle børn ved mit bord har sagt noget, før vi rejser os.',
      ],
      [
        'Et fast samtalespørgsmål ved bordet hver dag.',
        'Mandag skriver jeg ugens spørgsmål på tavlen ved køkkenet.',
      ],
      [
        'Hvem der svarer, og hvor lang tid jeg venter.',
        'Et kryds på en liste for hvert barn, der tager ordet.',
      ],
      'Efter to uger havde fem af de seks stille børn sagt noget uopfordret.',
      [
        'Børnene venter på hinanden, når spørgsmålet er fælles.',
        'Min tålmodighed betyder mere end spørgsmålet.',
      ],
      ['Vi bruger spørgsmålene ved alle borde på stuen.', 'Næste cirkel: samtaler i garderoben.'],
    ),
    g(
      'Bruge overgangene til leg i stedet for ventetid',
      'Vi venter meget: på toilet, på tøj, på de sidste. Tiden kan bruges bedre.',
      'Der er færre konflikter i overgangene, og børnene kender legene.',
      [
        'Overgangen fra leg til frokost ender ofte i uro.',
        'Hvilke små lege kan bære børnene gennem ventetiden?',
        'Jeg skal lære sanglege og rim, der kan startes på få sekunder.',
        'Roligere overgange, hvor børnene er med i stedet for at vente.',
      ],
      ['Tre faste lege, som alle voksne kender.', 'Vi vælger legene på stuemødet og skriver dem op.'],
      ['Antal konflikter i overgangen før frokost.', 'En kollega tæller i en uge før og en uge efter.'],
      'Fra otte til tre konflikter om ugen i overgangen før frokost.',
      [
        'Børnene begynder selv legen, når de ser os stille op.',
        'Faste lege giver ro, fordi alle ved, hvad der skal ske.',
      ],
      ['Legene bliver en del af vores dagsrytme.', 'Vi prøver det samme ved afhentning.'],
    ),
    g(
      'Korte daglige samtaler med forældre om barnets dag',
      'Forældrene siger, at de ikke ved, hvad deres barn har lavet.',
      'Forældrene fortæller selv om noget, de har hørt fra os.',
      [
        'Afhentningen er travl, og vi siger mest "det har været en god dag".',
        'Hvordan kan én konkret ting om barnets dag nå frem til forældrene?',
        'Jeg skal blive bedre til at lægge mærke til og huske små episoder.',
        'Forældre, der føler sig orienteret og spørger ind.',
      ],
      ['Én konkret fortælling til tre forældre om dagen.', 'Jeg noterer tre navne på en seddel om morgenen.'],
      ['Hvilke forældre jeg når, og hvad de svarer.', 'En kort note efter hver afhentning.'],
      'Jeg nåede alle forældre på stuen på to uger; flere spurgte videre ind.',
      [
        'Forældrene stopper op og har tid, når det handler om deres barn.',
        'Det konkrete virker bedre end det generelle.',
      ],
      ['Jeg deler sedlen med kollegerne på stuen.', 'Vi taler om det på næste forældremøde.'],
    ),
    g(
      'Styrke børnenes gåpåmod på legepladsen',
      'Nogle børn tør ikke prøve klatrestativet og trækker sig fra legen.',
      'Flere børn prøver noget nyt og beder selv om hjælp.',
      [
        'De samme børn bliver ved sandkassen hver dag.',
        'Hvordan kan jeg støtte børn, der ikke tør prøve?',
        'Jeg skal lære at guide uden at løfte barnet derop.',
        'Børn, der prøver og fortæller om det bagefter.',
      ],
      ['Små trin og ros for forsøget, ikke resultatet.', 'Jeg følger to børn på legepladsen i en uge.'],
      ['Hvad børnene prøver, og hvornår de stopper.', 'Korte noter og et billede i dokumentationen.'],
      'Begge børn klatrede til første afsats i løbet af ugen.',
      ['Roser jeg forsøget, prøver de igen.', 'Børnene har brug for en voksen tæt på i starten.'],
      ['Jeg deler erfaringen på stuemødet.', 'Næste skridt: de samme børn i legen med de andre.'],
    ),
  ],
  school: [
    g(
      'Bruge exit-tickets til at justere næste time',
      'Jeg ved først ved prøven, hvem der ikke har forstået stoffet.',
      'Jeg ændrer noget i næste time ud fra elevernes svar mindst to gange om ugen.',
      [
        'I matematik opdager jeg misforståelser for sent.',
        'Hvordan kan korte svar ved timens slutning styre min planlægning?',
        'Jeg skal lære at stille spørgsmål, der viser forståelse, ikke kun svar.',
        'Elever, der får hjælp, før de sidder fast.',
      ],
      ['Tre spørgsmål på en seddel de sidste fem minutter.', 'Jeg laver sedlerne til næste uges brøkforløb.'],
      [
        'Hvor mange der svarer rigtigt, og hvilke fejl der går igen.',
        'Sedlerne sorteres i tre bunker efter hver time.',
      ],
      'Brøker med forskellig nævner var problemet for en tredjedel af klassen.',
      [
        'Eleverne tager sedlerne alvorligt, når de ser, at jeg bruger dem.',
        'Fem minutter er nok til at se mønstre.',
      ],
      ['Exit-tickets bliver fast i mine timer.', 'Jeg deler skabelonen med matematikteamet.'],
    ),
    g(
      'Skabe bedre arbejdsro i de første ti minutter',
      'Timerne starter uroligt, og vi mister tid hver dag.',
      'Timen er i gang efter højst tre minutter.',
      [
        'Starten på timen efter frikvarter tager lang tid.',
        'Hvad får eleverne i gang med det samme?',
        'Jeg skal lære at lave tydelige rutiner og holde fast i dem.',
        'En rolig start, hvor alle ved, hvad de skal.',
      ],
      ['En opgave på tavlen, når eleverne kommer ind.', 'Jeg aftaler rutinen med klassen mandag.'],
      ['Hvor lang tid der går, før alle arbejder.', 'Tiden noteres i to uger.'],
      'Fra syv minutter i snit til under tre.',
      [
        'Tydelighed hjælper især de elever, der har svært ved skift.',
        'Rutinen virker kun, når jeg selv er klar til tiden.',
      ],
      ['Rutinen bruges i alle mine klasser.', 'Jeg foreslår den til teamet i udskolingen.'],
    ),
    g(
      'Give feedback, som eleverne bruger i næste opgave',
      'Mine kommentarer i afleveringerne bliver ikke læst.',
      'Eleverne retter selv noget ud fra feedbacken, før næste aflevering.',
      [
        'Eleverne kigger på karakteren og lægger opgaven væk.',
        'Hvordan kan feedback blive noget, eleverne arbejder med?',
        'Jeg skal lære at give færre, mere fremadrettede kommentarer.',
        'Elever, der kan sige, hvad de vil gøre bedre.',
      ],
      [
        'Ét fremadrettet råd og ti minutters rettetid i timen.',
        'Første gang i dansk med den korte fortælling.',
      ],
      ['Om eleverne bruger rådet i næste tekst.', 'Jeg sammenligner to afleveringer fra ti elever.'],
      'Syv af ti elever havde brugt rådet i den næste tekst.',
      ['Rettetid i timen gør feedbacken til en del af undervisningen.', 'Ét råd er bedre end fem.'],
      ['Jeg fortsætter i alle fag, jeg har.', 'Næste cirkel: elevernes feedback til hinanden.'],
    ),
    g(
      'Inddrage de elever, der sjældent rækker hånden op',
      'Klassesamtalen bliver båret af de samme seks elever.',
      'Flere forskellige elever siger noget i hver time.',
      [
        'Halvdelen af klassen siger ingenting i fællessamtalen.',
        'Hvordan får jeg flere stemmer med?',
        'Jeg skal lære samtaleformer, hvor alle forbereder sig først.',
        'En klasse, hvor det er normalt at tale.',
      ],
      ['Tænk-par-del før hver fællessamtale.', 'Jeg starter i 5.b i næste uge.'],
      ['Hvem der taler i fællessamtalen.', 'En kollega noterer i to timer.'],
      'Fra seks til fjorten forskellige elever i løbet af en time.',
      [
        'Eleverne tør mere, når de har prøvet svaret af på en makker.',
        'Jeg skal give mere tid, end jeg tror.',
      ],
      ['Tænk-par-del bliver standard hos mig.', 'Jeg vil prøve det i natur/teknologi.'],
    ),
  ],
  care: [
    g(
      'Lade beboerne gøre mere selv ved morgenplejen',
      'Vi gør tingene for beboerne, fordi det går hurtigere.',
      'Beboerne klarer selv flere dele af morgenplejen.',
      [
        'Morgenen er presset, og vi overtager.',
        'Hvordan kan jeg give beboerne tid til selv at gøre det, de kan?',
        'Jeg skal lære at guide med ord og lade hænderne blive.',
        'Beboere, der bevarer deres færdigheder.',
      ],
      ['Ti ekstra minutter hos to beboere.', 'Jeg aftaler det med beboerne og med ergoterapeuten.'],
      ['Hvad beboerne selv gør, og hvordan de har det med det.', 'En kort note i journalen hver morgen.'],
      'Begge beboere tog selv tøj på overkroppen efter to uger.',
      [
        'Beboerne bliver stolte, når de klarer det selv.',
        'Tiden kommer igen, fordi de bliver mere selvhjulpne.',
      ],
      ['Vi skriver det ind i beboernes plan.', 'Næste skridt: aftenplejen.'],
    ),
    g(
      'Gøre middagen til en rolig og social stund',
      'Måltidet er præget af travlhed, og beboerne taler ikke med hinanden.',
      'Beboerne taler sammen ved bordet, og flere spiser op.',
      [
        'Vi går til og fra bordet hele tiden.',
        'Hvad skal der til, for at måltidet bliver hyggeligt?',
        'Jeg skal lære at være værtinde ved bordet i stedet for servicepersonale.',
        'Ro ved bordet og bedre appetit.',
      ],
      ['En medarbejder sidder med ved bordet hele måltidet.', 'Vi prøver det ved bord to i en uge.'],
      ['Hvor meget beboerne spiser, og om de taler sammen.', 'Madskema og korte observationer.'],
      'Flere beboere spiste op, og to begyndte at tale om gamle dage.',
      ['Nærvær betyder mere end menuen.', 'Vi skal planlægge, hvem der sidder med.'],
      ['Fast værtinde ved alle borde.', 'Kvalitetsteamet følger op med madskemaerne.'],
    ),
    g(
      'Skrive notater, som aftenvagten kan handle på',
      'Aftenvagten efterlyser, hvad der egentlig skete i dag.',
      'Aftenvagten kan handle på notaterne uden at ringe.',
      [
        'Notaterne er lange eller tomme.',
        'Hvad skal et godt notat indeholde?',
        'Jeg skal lære at skrive kort: observation, handling, hvad der skal følges op.',
        'Overlap, der tager kortere tid.',
      ],
      ['En fast skabelon i tre linjer.', 'Jeg prøver skabelonen i en uge på min gang.'],
      ['Om aftenvagten har spørgsmål.', 'Aftenvagten svarer på ét spørgsmål efter vagten.'],
      'Færre opkald og kortere overlap.',
      ['Det korte notat bliver læst.', 'Skabelonen hjælper mest, når alle bruger den.'],
      ['Skabelonen foreslås for hele huset.', 'Vi følger op om en måned.'],
    ),
  ],
  leader: [
    g(
      'Holde korte 1:1-samtaler hver anden måned med alle',
      'Den årlige MUS når ikke det, der sker i hverdagen.',
      'Alle medarbejdere har haft to korte samtaler inden sommerferien.',
      [
        'Jeg når ikke at tale med alle om deres udvikling.',
        'Hvordan kan korte samtaler blive en fast rytme?',
        'Jeg skal lære at holde samtalen kort og fokuseret på målet.',
        'Medarbejdere, der føler sig fulgt.',
      ],
      ['Samtaler på 30 minutter i faste uger.', 'Jeg sætter alle samtaler i kalenderen i januar.'],
      [
        'Hvor mange samtaler der bliver holdt, og hvor mange der flyttes.',
        'En liste over planlagte og holdte samtaler.',
      ],
      'Ni af ti planlagte samtaler blev holdt.',
      [
        'Den korte samtale giver mere end den lange.',
        'Medarbejderne forbereder sig, når de ved, hvad det handler om.',
      ],
      ['Rytmen fortsætter efter sommerferien.', 'Jeg deler erfaringen i ledergruppen.'],
    ),
    g(
      'Gøre personalemødet til et sted for faglig sparring',
      'Personalemøderne handler mest om beskeder og praktik.',
      'Hvert møde har en faglig drøftelse, og deltagerne synes, møderne giver mening.',
      [
        'Mødet bruges på information, der kunne stå i en mail.',
        'Hvordan får vi plads til det faglige?',
        'Jeg skal lære at facilitere en drøftelse, hvor alle kommer til orde.',
        'Møder, der giver energi.',
      ],
      [
        'Beskeder på skrift og 30 minutters faglig drøftelse.',
        'Næste møde: vi drøfter en case fra hverdagen.',
      ],
      ['Deltagernes evaluering af mødet.', 'Et minuts evaluering efter hvert møde.'],
      'Scoren for "gav mødet mening" steg fra 2,9 til 4,1.',
      ['Medarbejderne tager ordet, når emnet er deres eget.', 'Forberedelse er afgørende.'],
      ['Den faglige drøftelse bliver fast.', 'Vi skiftes til at tage en case med.'],
    ),
    g(
      'Give mine ledere feedback efter observation',
      'Jeg ser sjældent mine ledere i deres hverdag.',
      'Hver leder har fået feedback efter en observation.',
      [
        'Jeg kender min ledergruppes praksis fra møder, ikke fra hverdagen.',
        'Hvad kan jeg lære af at observere og give feedback?',
        'Jeg skal lære at give feedback med et aftalt fokus.',
        'Ledere, der oplever sparring frem for kontrol.',
      ],
      ['En halv dag hos hver leder med et aftalt fokus.', 'Vi aftaler fokus på næste ledermøde.'],
      ['Hvad lederne selv fremhæver bagefter.', 'Korte noter efter hver samtale.'],
      'Alle tre ledere fremhævede samtalen bagefter som nyttig.',
      ['Det aftalte fokus gør feedbacken tryg.', 'Jeg lærer lige så meget som dem.'],
      ['Observation bliver en del af vores årshjul.', 'Næste gang observerer lederne hinanden.'],
    ),
  ],
  // The administration: HR and the digitalisation consultant develop too.
  admin: [
    g(
      'Gøre introduktionen til MUP kort og praktisk for nye ledere',
      'Nye ledere får en lang gennemgang og spørger bagefter om det samme igen.',
      'Nye ledere planlægger deres første 1:1-samtaler inden for en måned.',
      [
        'Introduktionen handler om knapper, ikke om samtalerne.',
        'Hvad skal en ny leder kunne den første måned?',
        'Jeg skal lære at vise forløbet med lederens egne medarbejdere som eksempel.',
        'Ledere, der går i gang uden at ringe til os først.',
      ],
      ['En time sammen med lederen ved hendes egen skærm.', 'Jeg prøver det med de to næste nye ledere.'],
      ['Hvornår den første samtale bliver planlagt.', 'Hvilke spørgsmål der kommer bagefter.'],
      'Begge ledere planlagde samtaler i den første uge og havde færre spørgsmål.',
      [
        'Det virker at tage udgangspunkt i lederens egen hverdag.',
        'Skriftlig vejledning bliver sjældent læst.',
      ],
      ['Introduktionen bliver fast for alle nye ledere.', 'Jeg deler skabelonen med de andre forvaltninger.'],
    ),
    g(
      'Bruge undersøgelsernes resultater sammen med lederne, ikke kun sende dem',
      'Resultaterne bliver sendt ud, men sjældent drøftet.',
      'Hver institution har valgt én ting at arbejde med ud fra resultaterne.',
      [
        'Rapporterne bliver læst, men ikke brugt.',
        'Hvordan bliver et resultat til en samtale i personalegruppen?',
        'Jeg skal lære at stille spørgsmål til tallene frem for at forklare dem.',
        'Ledere, der tager et resultat med på personalemødet.',
      ],
      [
        'Et kort møde med hver leder om deres egne resultater.',
        'Vi starter med de tre institutioner i område Syd.',
      ],
      ['Hvad lederne vælger at arbejde med.', 'Om emnet kommer på et personalemøde.'],
      'To ud af tre institutioner tog et resultat med på personalemødet.',
      [
        'Lederne bruger resultaterne, når de selv vælger spørgsmålet.',
        'Et varmekort siger mere end en tabel.',
      ],
      ['Møderne bliver en del af årshjulet.', 'Næste gang inviterer vi også en medarbejder fra MED.'],
    ),
  ],
};

export const DEMO_REASONS = {
  achieved: [
    'Målet er nået, og det nye er blevet en del af hverdagen.',
    'Vi har set den ændring, vi ønskede.',
  ],
  putAside: [
    'Lagt til side på grund af omstruktureringen i efteråret.',
    'Andre opgaver fylder mere lige nu; jeg tager det op igen senere.',
  ],
};
