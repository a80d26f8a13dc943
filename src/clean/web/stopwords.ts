/**
 * Function words for stop-word density (the jusText feature). Each list is the most
 * frequent function words of the language (prepositions, conjunctions, particles,
 * pronouns, auxiliaries), as in frequency dictionaries (Lyashevskaya & Sharoff 2009
 * for Russian; the BNC/COCA top lists for English); Belarusian adds its own forms.
 */
const RU = `и в во не на с со что как а то по к ко у из за от до о об обо для при же ли бы но или ни да
это этот эта эти этого этой этих тот та те того той так также там тут где когда если чтобы
чем уже еще ещё только очень был была было были будет будут быть есть он она оно они его её
ее их им ему ей мы вы я ты нас вас нам вам который которая которое которые которого которой
которых котором которым между через после перед под над без про ну всё все весь вся всех всем
свой своей своих свою своего себя себе может могут можно нужно надо даже ведь вот более менее
также тоже лишь около однако поэтому потому всего сам сама само сами каждый другой другие`;
const EN = `the of and a an to in is was for on that with as by at from it its this these those be been
are were has have had not or but which who whom whose what when where while if then than so
such there their they them he his she her we our you your i my me us will would can could
should may might must shall do does did done also into about over after before between under
through during out up down more most other some any each all both only very just no nor one
being because until again further once here why how same own too s t don now`;
const BE = `і ў у на з са што як а па да ад аб для пры ці не ні але ды гэта гэты гэтая гэтыя той тая
тыя там тут дзе калі каб чым ужо яшчэ толькі вельмі быў была было былі будзе ён яна яно яны
яго яе іх ім мы вы я ты нас вас які якая якое якія паміж праз пасля перад пад над без пра`;

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Stop words per language (`ru`, `en`, `be`); other languages fall back to all three. */
export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  ru: set(RU),
  en: set(EN),
  be: set(BE),
  uk: set(RU),
};

/** All stop-word lists together (for mixed or unknown language). */
export const ANY_STOPWORDS: ReadonlySet<string> = new Set([...set(RU), ...set(EN), ...set(BE)]);
