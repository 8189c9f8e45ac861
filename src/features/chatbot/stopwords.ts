// Function words of Finnish, Swedish and English. They carry no topic and would otherwise pull short
// messages towards whichever topic has the most chatty examples.
const fi =
  "ja on ei en et emme ette eivät olen olet ole oli olin olisi olisiko ollut olla ovat ovatko olemme onko oliko " +
  "se sen sitä siitä siihen siinä sillä että mutta kun jos niin kuin nyt vaan vain sitten myös tai minä sinä hän " +
  "me te he minun minulla minulle minua minulta minuun sinun sinulla sinulle sinua sinulta meillä teillä heillä " +
  "meidän teidän heidän tämä tämän tätä tässä tästä tuo tuon nuo ne niitä niiden mitä mikä mitkä miten missä " +
  "mistä mihin miksi kuka ketä keneltä voiko voinko voisiko voisin voi saako saanko pitää pitäisi täytyy vielä jo " +
  "jotain joku jotenkin joka jonka kanssa kaikki vähän ihan tosi aika hei moi moikka terve kiitos tota niinku siis " +
  "vaikka koska kai no oikein ollenkaan yhtään mulla mä sä oon ku mut sit nii eli kans kyllä joo juu okei ok " +
  "apua tietää tiedä tiedän kertoa kerro haluan haluaisin pitäisikö enää vaikea asia asiaa asiat mun";
const sv =
  "jag du det är och att en ett i på som för med har inte kan vad hur var mig min mitt mina vi ni de den dem " +
  "så om men till av eller vill ska skulle nu bara också någon något här där hej tack då när få får fick från " +
  "hon han sin sitt sina vår era deras mycket lite alla allt blir blev vara varit hade sig dig din ditt " +
  "vet veta kunde kanske ens ju nog alltså liksom typ okej hjälp hjälpa borde måste finns";
const en =
  "i a an the to and of in is it its my me for on with do does did how what can could i'm am are was were be " +
  "been have has had this that there get got hi hello hey please thanks thank so just about not no yes or " +
  "but if at as by from you your we our they their he she his her them which who whom where when why would " +
  "should will shall may might must any some one really very know tell help need want going kind like also " +
  "anyone someone something anything ok okay well";

export const stopwords: ReadonlySet<string> = new Set(`${fi} ${sv} ${en}`.split(/\s+/));
