/**
 * Offline language profiles: frequent function words and letters peculiar to each language.
 * Words are lower-case with their accents (detection reads the raw text, not normalised tokens).
 */

/** One language's profile. */
export interface LanguageProfile {
  readonly lang: string;
  /** Script the language is written in. */
  readonly script: 'latin' | 'cyrillic';
  readonly stopWords: readonly string[];
  /** Letters that are strong evidence for this language within its script. */
  readonly letters: string;
}

/** Profiles of the languages told apart by words; Chinese, Japanese, Korean etc. go by script. */
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [
  {
    lang: 'en',
    script: 'latin',
    stopWords:
      'the and of to in for is you with are on be will as our this we your that at or an have from by a it no per need needed work job pay all can if only wanted salary experience'.split(
        ' ',
      ),
    letters: '',
  },
  {
    lang: 'pl',
    script: 'latin',
    stopWords:
      'i w na z do nie się jest że to jak dla oraz od po przez pracy praca będzie lub ze są być który które oferujemy wymagania'.split(
        ' ',
      ),
    letters: 'ąćęłńśźż',
  },
  {
    lang: 'ro',
    script: 'latin',
    stopWords:
      'și si de la în cu pe un o este pentru care din sunt nu se mai sau prin lucru muncă oferim'.split(' '),
    letters: 'ăâîșțşţ',
  },
  {
    lang: 'es',
    script: 'latin',
    stopWords:
      'el la de que y en los las un una para con por es se del al su trabajo no más como ofrecemos'.split(
        ' ',
      ),
    letters: 'ñ¿¡',
  },
  {
    lang: 'pt',
    script: 'latin',
    stopWords:
      'o a de que e em os as um uma para com por é do da dos das não no na trabalho você oferecemos'.split(
        ' ',
      ),
    letters: 'ãõ',
  },
  {
    lang: 'lt',
    script: 'latin',
    stopWords:
      'ir yra kad su į iš ne bet arba darbas darbo jūs mes per kaip apie prie tai siūlome reikalavimai'.split(
        ' ',
      ),
    letters: 'ėįųūčšž',
  },
  {
    lang: 'vi',
    script: 'latin',
    stopWords: 'và của có là cho không được người với các này những trong một làm việc lương tại'.split(' '),
    letters: 'ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
  },
  {
    lang: 'de',
    script: 'latin',
    stopWords: 'der die und das ist nicht mit sie ich zu den von für auf ein eine wir sind bei'.split(' '),
    letters: 'äöüß',
  },
  {
    lang: 'fr',
    script: 'latin',
    stopWords: 'le la les et des est pour une dans vous nous du que en pas avec sur au'.split(' '),
    letters: 'èêëœ',
  },
  {
    lang: 'it',
    script: 'latin',
    stopWords: 'il di che per un una sono con non del della lavoro gli le si nel alla'.split(' '),
    letters: 'òù',
  },
  {
    lang: 'uk',
    script: 'cyrillic',
    stopWords: 'і в на з у та що не до за як є від для робота роботи ви це ми або'.split(' '),
    letters: 'іїєґ',
  },
  {
    lang: 'ru',
    script: 'cyrillic',
    stopWords: 'и в на с не что по для от это как работа вы мы или за к из'.split(' '),
    letters: 'ыэё',
  },
  {
    lang: 'bg',
    script: 'cyrillic',
    stopWords: 'и на за в от с да се не е са по при как работа ще във или към'.split(' '),
    letters: 'ъ',
  },
];
