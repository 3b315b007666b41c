/**
 * The few words the respondent's page says itself, in the questionnaire's language (the questions bring their own).
 * No i18n library: this part of the app ships in the respondent's own small bundle.
 */
export type RespondentLanguage = 'nl' | 'en';

const TEXTS = {
  nl: {
    optional: 'niet verplicht',
    required: 'verplicht',
    agreeLow: 'Helemaal mee oneens',
    agreeHigh: 'Helemaal mee eens',
    markLow: 'Zeer slecht',
    markHigh: 'Uitstekend',
    scaleEnds: (low: string, lowLabel: string, high: string, highLabel: string) =>
      `${low} betekent ${lowLabel.toLowerCase()}, ${high} betekent ${highLabel.toLowerCase()}.`,
    charactersLeft: (n: number) => `Nog ${n} tekens over.`,
    chooseAny: 'Kies er zoveel als u wilt.',
  },
  en: {
    optional: 'optional',
    required: 'required',
    agreeLow: 'Strongly disagree',
    agreeHigh: 'Strongly agree',
    markLow: 'Very poor',
    markHigh: 'Excellent',
    scaleEnds: (low: string, lowLabel: string, high: string, highLabel: string) =>
      `${low} means ${lowLabel.toLowerCase()}, ${high} means ${highLabel.toLowerCase()}.`,
    charactersLeft: (n: number) => `${n} characters left.`,
    chooseAny: 'Choose as many as you like.',
  },
} as const;

export function respondentTexts(language: string) {
  return language === 'en' ? TEXTS.en : TEXTS.nl;
}
