/**
 * Strong and irregular Dutch verbs: the forms that inflection rules cannot reach (gaf → geven, sprak → spreken,
 * zou → zullen, liet → laten, besloot → besluiten via the prefix be-). Prefixed verbs are not listed separately:
 * the lemmatiser strips a prefix (be-, ver-, aan-, op-…) and validates the re-prefixed infinitive against the
 * dictionary, so "bespraken" → be + spraken → be + spreken = "bespreken".
 *
 * strongVerbForms().get("gaven") → ["geven"] · strongVerbForms().get("sloot") → ["sluiten"]
 */

/**
 * One verb per line: infinitive, past singular(s), past plural(s), past participle; "/" separates variants, "-" marks a
 * form left out because it is far more often another word ("leden" members, not lijden; "week" week, not wijken).
 */
const TABLE = `
bakken bakte bakten gebakken
barsten barstte barstten gebarsten
bederven bedierf bedierven bedorven
bedriegen bedroog bedrogen bedrogen
beginnen begon begonnen begonnen
bergen borg borgen geborgen
bevelen beval bevalen bevolen
bewegen bewoog bewogen bewogen
bidden bad baden gebeden
bieden bood boden geboden
bijten beet beten gebeten
binden bond bonden gebonden
blazen blies bliezen geblazen
blijken bleek bleken gebleken
blijven bleef bleven gebleven
blinken blonk blonken geblonken
braden braadde braadden gebraden
breken brak braken gebroken
brengen bracht brachten gebracht
buigen boog bogen gebogen
delven dolf dolven gedolven
denken dacht dachten gedacht
doen deed deden gedaan
dragen droeg droegen gedragen
drijven dreef dreven gedreven
dringen drong drongen gedrongen
drinken dronk dronken gedronken
druipen droop dropen gedropen
duiken dook doken gedoken
dwingen dwong dwongen gedwongen
eten at aten gegeten
fluiten floot floten gefloten
gaan ging gingen gegaan
gelden gold golden gegolden
genezen genas genazen genezen
genieten genoot genoten genoten
geven gaf gaven gegeven
gieten goot goten gegoten
glijden gleed gleden gegleden
glimmen glom glommen geglommen
graven groef groeven gegraven
grijpen greep grepen gegrepen
hangen hing hingen gehangen
hebben had hadden gehad
heffen hief hieven geheven
helpen hielp hielpen geholpen
heten heette heetten geheten
hijsen hees hesen gehesen
houden hield hielden gehouden
houwen hieuw hieuwen gehouwen
jagen joeg/jaagde joegen/jaagden gejaagd
kijken keek keken gekeken
kiezen koos kozen gekozen
klimmen klom klommen geklommen
klinken klonk klonken geklonken
kluiven kloof kloven gekloven
knijpen kneep knepen geknepen
komen kwam kwamen gekomen
kopen kocht kochten gekocht
krijgen kreeg kregen gekregen
krimpen kromp krompen gekrompen
kruipen kroop kropen gekropen
kunnen kon konden gekund
lachen lachte lachten gelachen
laden laadde laadden geladen
laten liet lieten gelaten
lezen las lazen gelezen
liegen loog logen gelogen
liggen lag lagen gelegen
lijden - - geleden
lijken leek leken geleken
lopen liep liepen gelopen
malen maalde maalden gemalen
melken molk/melkte molken/melkten gemolken
meten mat maten gemeten
mijden meed meden gemeden
moeten moest moesten gemoeten
mogen mocht mochten gemogen
nemen nam namen genomen
prijzen prees prezen geprezen
raden raadde/ried raadden/rieden geraden
rijden reed reden gereden
rijgen reeg regen geregen
rijzen rees rezen gerezen
roepen riep riepen geroepen
ruiken rook roken geroken
scheiden scheidde scheidden gescheiden
schelden schold scholden gescholden
schenden schond schonden geschonden
schenken schonk schonken geschonken
scheppen schiep schiepen geschapen
scheren schoor schoren geschoren
schieten schoot schoten geschoten
schijnen scheen schenen geschenen
schrijden schreed schreden geschreden
schrijven schreef schreven geschreven
schuilen school scholen gescholen
schrikken schrok schrokken geschrokken
schuiven schoof schoven geschoven
slaan sloeg sloegen geslagen
slapen sliep sliepen geslapen
slijpen sleep slepen geslepen
slijten sleet sleten gesleten
slinken slonk slonken geslonken
sluipen sloop slopen geslopen
sluiten sloot sloten gesloten
smelten smolt smolten gesmolten
smijten smeet smeten gesmeten
snijden sneed sneden gesneden
snuiven snoof snoven gesnoven
spannen spande spanden gespannen
spijten speet speten gespeten
spinnen spon sponnen gesponnen
splijten spleet spleten gespleten
spreken sprak spraken gesproken
springen sprong sprongen gesprongen
spruiten sproot sproten gesproten
spuiten spoot spoten gespoten
staan stond stonden gestaan
steken stak staken gestoken
stelen stal stalen gestolen
sterven stierf stierven gestorven
stijgen steeg stegen gestegen
stinken stonk stonken gestonken
stoten stootte stootten gestoten
strijden streed streden gestreden
strijken streek streken gestreken
stuiven stoof stoven gestoven
treden trad traden getreden
treffen trof troffen getroffen
trekken trok trokken getrokken
vallen viel vielen gevallen
vangen ving vingen gevangen
varen voer voeren gevaren
vechten vocht vochten gevochten
verdwijnen verdween verdwenen verdwenen
vergelijken vergeleek vergeleken vergeleken
vergeten vergat vergaten vergeten
verliezen verloor verloren verloren
verschuilen verschool verscholen verscholen
vinden vond vonden gevonden
vlechten vlocht vlochten gevlochten
vliegen vloog vlogen gevlogen
vouwen vouwde vouwden gevouwen
vragen vroeg vroegen gevraagd
vreten vrat vraten gevreten
vriezen vroor vroren gevroren
wassen waste/wies wasten/wiesen gewassen
wegen woog wogen gewogen
werpen wierp wierpen geworpen
werven wierf wierven geworven
weten wist wisten geweten
weven weefde weefden geweven
wijken - - geweken
wijzen wees wezen gewezen
willen wilde/wou wilden gewild
winden wond wonden gewonden
winnen won wonnen gewonnen
worden werd werden geworden
wreken wreekte wreekten gewroken
wrijven wreef wreven gewreven
wringen wrong wrongen gewrongen
zeggen zei/zegde zeiden/zegden gezegd
zenden zond zonden gezonden
zien zag zagen gezien
zijn was waren geweest
zingen zong zongen gezongen
zinken zonk zonken gezonken
zinnen zon zonnen gezonnen
zitten zat zaten gezeten
zoeken zocht zochten gezocht
zouten zoutte zoutten gezouten
zuigen zoog zogen gezogen
zuipen zoop zopen gezopen
zullen zou zouden -
zwelgen zwolg zwolgen gezwolgen
zwellen zwol zwollen gezwollen
zwemmen zwom zwommen gezwommen
zweren zwoer zwoeren gezworen
zwerven zwierf zwierven gezworven
zwijgen zweeg zwegen gezwegen
`;

/** Present-tense forms that no rule derives from the infinitive (stems ending in a vowel, suppletive forms). */
const IRREGULAR_PRESENT = `
zijn ben bent is
hebben heb hebt heeft
kunnen kan kunt
zullen zal zult
willen wil wilt
mogen mag
gaan ga gaat
staan sta staat
slaan sla slaat
doen doe doet
zien zie ziet
houden hou
`;

let formsCache: Map<string, string[]> | undefined;

/** Every listed inflected form (lower case) → its infinitive(s), in table order. Built once. */
export function strongVerbForms(): ReadonlyMap<string, readonly string[]> {
  if (formsCache !== undefined) return formsCache;
  const forms = new Map<string, string[]>();
  const add = (form: string, infinitive: string) => {
    if (form === "-" || form === infinitive) return;
    const infinitives = forms.get(form) ?? [];
    if (!infinitives.includes(infinitive)) infinitives.push(infinitive);
    forms.set(form, infinitives);
  };
  for (const line of `${TABLE}\n${IRREGULAR_PRESENT}`.trim().split("\n")) {
    const [infinitive, ...rest] = line.split(" ");
    if (infinitive === undefined) continue;
    for (const field of rest) for (const form of field.split("/")) add(form, infinitive);
  }
  formsCache = forms;
  return forms;
}
