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
    pageTitle: 'Vragenlijst',
    loading: 'De vragenlijst wordt geladen…',
    whatIsKept: 'Wat er wordt bewaard',
    progress: (done: number, total: number) => `${done} van ${total} vragen beantwoord`,
    saving: 'Opslaan…',
    savedAt: (time: string) => `Opgeslagen om ${time}`,
    retrying: 'Opslaan mislukt, wordt opnieuw geprobeerd…',
    offline: 'Offline: wordt opnieuw geprobeerd zodra er verbinding is',
    saveRejected: 'Opslaan mislukt: controleer de gemarkeerde antwoorden.',
    notSavedYet: 'Uw antwoorden worden vanzelf bewaard terwijl u invult.',
    submit: 'Versturen',
    submitting: 'Versturen…',
    submitRetrying: 'Versturen mislukt, wordt opnieuw geprobeerd…',
    submitFailed: 'Versturen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.',
    errorSummary: 'Er ontbreekt nog iets',
    errorCount: (n: number) => (n === 1 ? 'Eén vraag heeft nog een antwoord nodig.' : `${n} vragen hebben nog een antwoord nodig.`),
    requiredMissing: 'Deze vraag is verplicht. Geef een antwoord.',
    question: (n: number) => `Vraag ${n}`,
    thanksTitle: 'Bedankt voor het invullen',
    thanksDefault: 'Uw antwoorden zijn ontvangen.',
    receivedOn: (date: string) => `Ontvangen op ${date}.`,
    alreadyTitle: 'U hebt deze vragenlijst al ingevuld',
    alreadyText: 'Uw antwoorden zijn al ontvangen. U hoeft niets meer te doen.',
    unknownTitle: 'Deze link werkt niet',
    unknownText: 'De link is onbekend of verlopen. Gebruik de link uit de uitnodiging die u kreeg, helemaal, of vraag de organisatie om een nieuwe.',
    closedTitle: 'Deze vragenlijst is gesloten',
    closedText: (time: string) => `Invullen kon tot ${time}. Antwoorden worden niet meer aangenomen.`,
    closedTextNoTime: 'Antwoorden worden niet meer aangenomen.',
    notOpenTitle: 'Deze vragenlijst is nog niet open',
    notOpenText: (time: string) => `U kunt invullen vanaf ${time}. Gebruik dan dezelfde link.`,
    notOpenTextNoTime: 'U kunt later invullen met dezelfde link.',
    offlineTitle: 'Geen verbinding',
    offlineText: 'De vragenlijst kon niet worden geladen. Controleer uw internetverbinding en probeer het opnieuw.',
    tooManyTitle: 'Even geduld',
    tooManyText: 'Er komen te veel verzoeken binnen. Probeer het over een minuut opnieuw.',
    tryAgain: 'Opnieuw proberen',
    locale: 'nl-NL',
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
    pageTitle: 'Questionnaire',
    loading: 'Loading the questionnaire…',
    whatIsKept: 'What is kept',
    progress: (done: number, total: number) => `${done} of ${total} questions answered`,
    saving: 'Saving…',
    savedAt: (time: string) => `Saved at ${time}`,
    retrying: 'Saving failed, trying again…',
    offline: 'Offline: will try again once connected',
    saveRejected: 'Saving failed: check the marked answers.',
    notSavedYet: 'Your answers are saved automatically as you go.',
    submit: 'Submit',
    submitting: 'Submitting…',
    submitRetrying: 'Submitting failed, trying again…',
    submitFailed: 'Submitting did not work. Check your connection and try again.',
    errorSummary: 'Something is still missing',
    errorCount: (n: number) => (n === 1 ? 'One question still needs an answer.' : `${n} questions still need an answer.`),
    requiredMissing: 'This question is required. Please answer it.',
    question: (n: number) => `Question ${n}`,
    thanksTitle: 'Thank you for taking part',
    thanksDefault: 'Your answers have been received.',
    receivedOn: (date: string) => `Received on ${date}.`,
    alreadyTitle: 'You have already completed this questionnaire',
    alreadyText: 'Your answers have already been received. There is nothing more to do.',
    unknownTitle: 'This link does not work',
    unknownText: 'The link is unknown or has expired. Use the whole link from the invitation you received, or ask the organisation for a new one.',
    closedTitle: 'This questionnaire is closed',
    closedText: (time: string) => `It could be completed until ${time}. Answers are no longer accepted.`,
    closedTextNoTime: 'Answers are no longer accepted.',
    notOpenTitle: 'This questionnaire is not open yet',
    notOpenText: (time: string) => `You can complete it from ${time}. Use the same link then.`,
    notOpenTextNoTime: 'You can complete it later with the same link.',
    offlineTitle: 'No connection',
    offlineText: 'The questionnaire could not be loaded. Check your internet connection and try again.',
    tooManyTitle: 'Please wait',
    tooManyText: 'Too many requests are coming in. Try again in a minute.',
    tryAgain: 'Try again',
    locale: 'en-GB',
  },
} as const;

export type RespondentTexts = (typeof TEXTS)['nl'] | (typeof TEXTS)['en'];

/** A moment as people in the Netherlands read it: "3 december 2026 om 14:02" (Europe/Amsterdam). */
export function formatMoment(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(date);
}

/** The time of day only ("14:02"), for "opgeslagen om". */
export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit',
  }).format(date);
}

/** A date only ("3 december 2026"). */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric',
  }).format(date);
}

export function respondentTexts(language: string) {
  return language === 'en' ? TEXTS.en : TEXTS.nl;
}
