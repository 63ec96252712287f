/*
 * Common Danish first names (and a few common in Denmark from elsewhere), lower case. Used only to
 * warn that a text may name a child or a citizen; the warning can be overridden, so a name that is
 * also a word costs one click, never a refusal. Short names that are everyday Danish words (Per,
 * Bo, Mai, Sol, Storm, Ask) are left out so ordinary sentences do not warn.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `
aase abdi adam adrian agnes ahmad ahmed aisha albert alberte alexander alexandra alfred ali alice alma
alva amalie amanda amelia amina amir andrea andreas anette anita anja anker ann anna anne annemette
annette anton arne arthur asger astrid august axel aya benjamin bent benedikte berit birgit birgitte
birthe bjarne bjørn bodil brian britt britta bruno camilla carl carla caroline casper cecilie charlotte
christian christina christine clara claus dagmar daniel david dennis dina ditte dorte dorthe ebba
edith egon eigil ejner elias elin elisabeth ella ellen elliot ellinor elsa else emil emilie emily emma
erik erling esben esther eva evelyn fatima felix filippa finn flemming frank freja frederik frida
frode gitte grethe gunnar gustav hamza hanna hanne hans harald harry hassan heidi helena helene helga
helle henning henrik henriette holger ib ida inge inger ingrid irene isabella isabel isak jacob jakob
jan jane janni jannik jasmin jens jeppe jesper jette jimmi joachim johan johanne johannes john jonas
jonathan josefine jørgen julie julius jytte kaj kamilla karen kari karin karl karla karoline kasper
katrine kenneth kent kevin kirsten kirstine kristian kristina kristine lara laila lasse laura lea leo
leonora lily line linnea lisa lise lisbeth liva louise lucas lucia lukas lykke lærke mads magnus
maja malou malthe marcus maria marianne marie mariam marius martin mathias mathilde matilde mette
michael mikkel mila milas mille mohamed mohammad mona morten muhammad nadia nanna naja nicolai niels
nikolaj nina noah noor nora ole oliver olivia olga oscar oskar otto palle peter pernille philip
pia poul preben rasmus rebecca rikke rita robert ronja rosa rune sara sarah sebastian signe sigrid
silje simon sofia sofie solveig sonja stine susanne svend søren sørine theodor thea thomas tobias
tom tove troels ulla ulrik ursula valdemar vera victor victoria viggo vigga viktor vilhelm villads
ville vincent wilma william yasmin yusuf zainab zara zakaria ahmet mehmet omar yousef idun inga
nikoline tilde tristan bertram sylvester eskild eigil gorm halfdan ingeborg jens-peter
merete nete ninna pelle sigurd silas sille svea tage tine tina trine tyra vibeke villum walther
asta emilia esmeralda frej gry hjalte iben irma kalle karen-margrethe laurits liam luna lise-lotte
lone lotte magda malene mia mikala mira molly naomi nohr olli orla patrick rasmine ruben saga
sander selma sofus svante thor thyra uffe valentin vanessa wiliam xenia yrsa ågot åse
`
    .split(/\s+/)
    .filter(Boolean),
);
