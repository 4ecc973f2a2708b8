import { sharedLabelsNl } from "@convenantbot/contract/labels";
import { signalTypeMessages } from "@convenantbot/domain";

/**
 * Dutch catalogue: the reference language (the convenanten are Dutch legal texts), so its
 * keys define `MessageKey`; `en.ts` must have exactly these keys.
 * Placeholders are `{name}`; the bot's command words stay Dutch in both languages because
 * that is what the bot parses.
 */
export const nl = {
  // Shared with the tab: one wording (@convenantbot/contract/labels).
  ...sharedLabelsNl,
  // Shared words
  "common.unknown": "Onbekend",
  "common.unknownOption": "Onbekend / niet ingevuld",
  "common.choosePlaceholder": "Kies…",
  "common.andMore": "en nog {count}",

  // Outcomes (domain.md section 3)

  // Rule statuses
  "status.passed": "voldaan",
  "status.failed": "niet voldaan",
  "status.unknown": "onbekend",
  "status.review": "ter beoordeling",
  "status.not_applicable": "niet van toepassing",

  // Party roles

  // Deadline kinds
  "deadline.within": "uiterlijk {due}",
  "deadline.at_most": "duurt ten hoogste tot {due}",
  "deadline.at_least": "niet eerder dan {due}",
  "deadline.target": "zo mogelijk vóór {due}",

  // Input validation shown by the card client (errorMessage)
  "input.error.boolean": "Kies ja of nee.",
  "input.error.choice": "Kies een van de opties.",
  "input.error.multiChoice": "Kies ten minste één optie.",
  "input.error.number": "Vul een getal in.",
  "input.error.integer": "Vul een heel getal in.",
  "input.error.range": "Toegestaan: {min} tot en met {max}.",
  "input.error.min": "Ten minste {min}.",
  "input.error.max": "Ten hoogste {max}.",
  "input.error.date": "Kies een datum.",
  "input.error.text": "Vul dit veld in.",
  "input.error.toggle": "Vink dit aan om verder te gaan.",

  // Field issues found when parsing submitted card values (label = the question, field = fact name)
  "issue.boolean": "{label} ({field}): kies ja, nee of onbekend; ontvangen: '{value}'.",
  "issue.number": "{label} ({field}): '{value}' is geen getal.",
  "issue.integer": "{label} ({field}): '{value}' is geen heel getal.",
  "issue.min": "{label} ({field}): {value} is kleiner dan het minimum {min}.",
  "issue.max": "{label} ({field}): {value} is groter dan het maximum {max}.",
  "issue.choice": "{label} ({field}): '{value}' is geen toegestane keuze; kies uit: {choices}.",
  "issue.date": "{label} ({field}): '{value}' is geen bestaande datum (JJJJ-MM-DD).",
  "issue.textTooLong": "{label} ({field}): de tekst is te lang (ten hoogste {max} tekens).",
  "issue.invalid": "{label} ({field}): '{value}' wordt niet geaccepteerd.",
  "issue.asOfMissing": "Peildatum (asOf): kies een datum.",
  "issue.asOf": "Peildatum (asOf): '{value}' is geen bestaande datum (JJJJ-MM-DD).",
  "issue.notAnObject": "De kaart stuurde geen formuliergegevens; vul het formulier opnieuw in.",

  // Rulebook choice card
  "rulebookChoice.heading": "Kies de regeling",
  "rulebookChoice.label": "Regeling",
  "rulebookChoice.error": "Kies een regeling.",
  "rulebookChoice.validFrom": "geldig vanaf {from}",
  "rulebookChoice.validRange": "geldig van {from} tot en met {to}",
  "rulebookChoice.notValidHeading": "Nu niet geldig:",
  "rulebookChoice.none": "Er is op dit moment geen geldige regeling. Vraag je convenantcoördinator.",
  "rulebookChoice.submit": "Verder",

  // Intake question card
  "intake.heading": "Aanmelding: {rulebook}",
  "intake.progressOf": "Vraag {current} van ongeveer {total}",
  "intake.progress": "Vraag {current}",
  "intake.runningOutcome": "Uitkomst tot nu toe: {outcome}",
  "intake.answer": "Volgende",
  "intake.back": "Terug",
  "intake.pause": "Pauzeer",
  "intake.cancel": "Annuleer",

  // Check result card
  "check.heading": "Toets: {rulebook}",
  "check.asOf": "Peildatum {date}",
  "check.groupHeading": "Eén van deze gronden volstaat ({group}):",
  "check.informational": "informatief",
  "check.voorstel": "voorstel",
  "check.hintsEligible": "Goed om te weten",
  "check.missing": "Nog nodig ({count})",
  "check.receipt": "Regelingversie {version} · vingerafdruk {hash} · engine {engine}",
  "check.keyReasons": "Waarom",
  "check.missingQuestions": "Nog te beantwoorden ({count})",
  "check.showAllRules": "Toon alle regels ({count})",
  "next.label": "Wat nu:",
  "next.check.eligible":
    "start een aanmelding met ‘nieuwe aanmelding’; je antwoorden hoef je dan nog één keer te geven.",
  "next.check.not_eligible":
    "dit convenant is niet de route voor deze situatie. Kijk bij ‘Wat de uitkomst kan veranderen’ welke route er wel is.",
  "next.check.needs_info": "beantwoord de vragen hieronder; dan volgt de uitkomst.",
  "next.check.needs_review":
    "een beoordeling beslist; start de aanmelding, dan legt de partij die beslist het oordeel vast.",
  "next.summary.eligible": "kies de ondersteunende partij en sla de aanmelding op; de termijnen beginnen vanaf nu.",
  "next.summary.not_eligible":
    "je kunt de aanmelding niet indienen. Ga terug om een antwoord te corrigeren, of kijk welke route er wel is.",
  "next.summary.needs_info": "er ontbreekt nog een antwoord; ga terug om het aan te vullen.",
  "next.summary.needs_review": "sla de aanmelding op; de partij die beslist, beoordeelt de open regels.",

  // Intake summary card
  "summary.heading": "Samenvatting aanmelding: {rulebook}",
  "summary.deadlines": "Termijnen die nu beginnen",
  "summary.proposals": "Voorgestelde ondersteunende partijen",
  "summary.noProposals": "Er is geen ondersteunende partij voorgesteld. Je kunt de aanmelding wel opslaan.",
  "summary.chooseLabel": "Kies de ondersteunende partij",
  "summary.chooseError": "Kies een partij.",
  "summary.choose": "Kies en sla op",
  "summary.storeWithoutParty": "Aanmelding opslaan",
  "summary.back": "Terug om te corrigeren",

  // Snelcheck card
  "snelcheck.heading": "Snelcheck: {rulebook}",
  "snelcheck.intro": "Vul in wat je weet; wat onbekend blijft, telt nooit als voldaan.",
  "snelcheck.asOf": "Peildatum",
  "snelcheck.asOfError": "Kies een peildatum.",
  "snelcheck.submit": "Toets",
  "snelcheck.groupLabel": "Vink aan wat van toepassing is, of 'Geen van deze'; leeg laten is onbekend",
  "snelcheck.previous": "Vorige",
  "snelcheck.next": "Volgende",
  "snelcheck.page": "Stap {page} van {pages}: {title}",
  "snelcheck.showFollowUp": "Toon vervolgvragen ({count})",
  "snelcheck.backToBasics": "Terug naar de basisvragen",
  "snelcheck.followUpIndex": "Vervolgvragen: open wat van toepassing is",
  "snelcheck.followUpRow": "{title} ({count})",
  "snelcheck.followUpRowFilled": "{title} ({count}) · ingevuld",
  "snelcheck.allFollowUps": "Alle vervolgvragen",

  // Aanmeldingen list card
  "aanmeldingen.ownReference": "je nr. {ownReference}",
  "aanmeldingen.heading": "Mijn aanmeldingen ({count})",
  "aanmeldingen.createdOn": "aangemaakt {date}",
  "aanmeldingen.status": "status: {status}",
  "aanmeldingen.party": "partij: {party}",
  "aanmeldingen.nextDeadline": "volgende termijn: {title}, {due}",
  "aanmeldingen.overdue": "verstreken",
  "aanmeldingen.targetPassed": "streefdatum voorbij",
  "aanmeldingen.more": "En nog {count} aanmeldingen die hier niet passen.",

  // Help card and help text
  "help.heading": "Convenantbot: wat kan ik?",
  "help.intro":
    "Ik help je met aanmeldingen, snelchecks en signalen onder de convenanten van je regio. Kies hieronder, of typ gewoon wat je wilt (bijvoorbeeld 'check lv').",
  "help.greeting": "Hallo! Waarmee kan ik je helpen?",
  "help.introNothing":
    "Je partij hoort bij geen convenant dat nu geldt, dus er is niets te starten. Vraag je convenantcoördinator als dat niet klopt.",
  "help.allCommands": "Alle opdrachten",
  "help.button.intake": "Nieuwe aanmelding",
  "help.button.snelcheck": "Snelcheck",
  "help.button.signal": "Signaal",
  "help.button.aanmeldingen": "Mijn aanmeldingen",
  "help.button.signalen": "Mijn signalen",
  "help.cmd.mijnSignalen": "de signalen die je stuurde of kreeg, met hun status",
  "help.thanks": "Graag gedaan. Typ 'help' als je nog iets wilt doen.",
  "help.cmd.help": "deze uitleg",
  "help.cmd.nieuweAanmelding": "start een aanmelding; ik stel alleen de vragen die er nog toe doen",
  "help.cmd.snelcheck": "toets in één formulier of iemand in aanmerking komt, zonder iets op te slaan",
  "help.cmd.mijnAanmeldingen": "je aanmeldingen met hun status en volgende termijn",
  "help.cmd.signaal": "stuur een signaal (huurachterstand, overlast, …) naar de juiste partner",
  "help.cmd.annuleer": "stop de lopende aanmelding",
  "help.cmd.pauze": "pauzeer de lopende aanmelding",
  "help.cmd.terug": "ga terug naar de vorige vraag",
  "help.cmd.hervat": "ga verder met een gepauzeerde aanmelding",
  "help.cmd.taal": "spreek Engels (en) of Nederlands (nl)",
  "help.text":
    "Ik help je met aanmeldingen, snelchecks en signalen onder de convenanten van je regio. Opdrachten:\n\n" +
    "- **help**: deze uitleg\n" +
    "- **nieuwe aanmelding**: start een aanmelding; ik stel alleen de vragen die er nog toe doen\n" +
    "- **snelcheck [kw|lv|noodwoning|hov|urgentie]**: toets in één formulier of iemand in aanmerking komt, zonder iets op te slaan\n" +
    "- **mijn aanmeldingen**: je aanmeldingen met hun status en volgende termijn\n" +
    "- **signaal**: stuur een signaal (huurachterstand, overlast, …) naar de juiste partner\n" +
    "- **mijn signalen**: de signalen die je stuurde of kreeg, met hun status\n" +
    "- **annuleer**: stop de lopende aanmelding\n" +
    "- **pauze**: pauzeer de lopende aanmelding\n" +
    "- **terug**: ga terug naar de vorige vraag\n" +
    "- **hervat**: ga verder met een gepauzeerde aanmelding\n" +
    "- **taal en|nl**: spreek Engels (en) of Nederlands (nl)",

  // Signal card
  "signal.kenmerkLine": "Kenmerk {kenmerk}",
  "signal.ownReferenceLine": "Je eigen dossiernummer: {ownReference} · alleen jouw partij ziet het",
  "signals.heading": "Je signalen ({count})",
  "signals.open": "Typ 'signaal <kenmerk>' om er een te openen.",
  "signals.to": "aan {party}",
  "signals.from": "van {party}",
  "signals.more": "En nog {count} signalen die hier niet passen; de tab toont ze allemaal.",
  "signals.none": "Je partij heeft nog geen signalen gestuurd of gekregen. Typ 'signaal' om er een te sturen.",
  "signal.heading": "Signaal: {type}",
  // One per signal type, from its module (domain signals/types/): a new type needs no line here.
  ...signalTypeMessages("nl", "cards"),
  "signal.history.ontvangen": "ontvangen",
  "signal.history.bevestigen": "bevestigd",
  "signal.history.oppakken": "opgepakt",
  "signal.history.doorsturen": "doorgestuurd",
  "signal.history.afsluiten": "afgesloten",
  "signal.history.escaleren": "escalatie naar de coördinator: termijn verstreken",
  // Closing outcomes (domain signals/outcomes.ts)
  "signal.statusLine": "Status: {status} · {rulebook}",
  "signal.due": "Termijn: {due}",
  "signal.overdue": "Termijn verstreken: {due}",
  "signal.history": "Geschiedenis",
  "signal.forwardTo": "Doorsturen naar",
  "signal.forwardError": "Kies naar wie je het signaal doorstuurt.",
  "signal.closeOutcome": "Afloop",
  "signal.closeError": "Kies de afloop.",
  "signal.confirm": "Bevestig",
  "signal.refresh": "Vernieuwen",

  // Signal form card
  "signalForm.heading": "Nieuw signaal",
  "signalForm.headingFor": "Nieuw signaal: {rulebook}",
  "signalForm.intro": "Stuur alleen wat de ontvanger voor zijn taak nodig heeft.",
  "signalForm.type": "Soort signaal",
  "signalForm.typeError": "Kies de soort signaal.",
  "signalForm.send": "Verstuur signaal",
  "signalForm.cancel": "Annuleer",
  "signalForm.cancelled": "Signaal niet verstuurd; er is niets opgeslagen.",
  "signalForm.cancelledNext": "Typ 'signaal' om opnieuw te beginnen.",
  "signalForm.chooseType": "Waarover gaat het signaal?",
  "signalForm.typeLine": "Soort: {type}",

  // Plain bot messages
  "bot.unknownUser": "Je staat nog niet in Convenantbot. Vraag je convenantcoördinator om je toe te voegen.",
  "bot.tenantNotAllowed":
    "Je organisatie is niet aangesloten bij Convenantbot. Vraag je convenantcoördinator om je organisatie aan te melden.",
  "bot.notAllowedToNominate":
    "Je mag onder {rulebook} geen kandidaat voordragen: dat mogen alleen zorgorganisaties, Reclassering en de Lokale Kamer (begeleider of casemanager), art. 4.1. Een snelcheck kan wel.",
  "bot.rulebookNotValid":
    "De regeling {rulebook} geldt niet op {date} ({period}). Kies een andere regeling of peildatum, of vraag je convenantcoördinator of de regeling is verlengd.",
  "bot.controlCharacter":
    "Het veld {field} bevat een onzichtbaar stuurteken ({codePoint}); haal het weg en probeer het opnieuw.",
  "bot.turnError":
    "Er ging iets mis aan onze kant; je laatste stap is misschien niet verwerkt. Probeer het opnieuw, of typ 'hervat' of 'help'. Noem kenmerk {correlationId} als je contact opneemt met de beheerder.",
  "bot.intakePaused": "Aanmelding gepauzeerd. Typ 'hervat' om later verder te gaan.",
  "bot.intakeResumed": "We gaan verder met je aanmelding onder {rulebook}.",
  "bot.intakeCancelled": "Aanmelding geannuleerd; er wordt niets verstuurd.",
  "bot.aanmeldingStored": "Aanmelding opgeslagen (kenmerk {id}).",
  "bot.aanmeldingStoredWithParty": "Aanmelding opgeslagen (kenmerk {id}); ondersteunende partij: {party}.",
  "bot.noAanmeldingen": "Je hebt nog geen aanmeldingen. Typ 'nieuwe aanmelding' om te beginnen.",
  "bot.languageSwitched": "Ik spreek nu Nederlands met je.",
  "bot.languageUnknown": "Kies 'taal nl' of 'taal en'.",
  "bot.noActiveIntake": "Er loopt geen aanmelding. Typ 'nieuwe aanmelding' om te beginnen.",
  "bot.nothingPaused": "Er is geen gepauzeerde aanmelding om te hervatten.",
  "bot.noPreviousQuestion": "Dit is de eerste vraag; er is geen vorige.",
  "bot.answerRequired": "Geef eerst een antwoord op de vraag.",
  "bot.unknownCommand": "Dat begrijp ik niet. Typ 'help' voor wat ik kan.",
  "bot.unknownSnelcheck": "Onbekende regeling '{value}'. Kies uit: {choices}.",
  "bot.signalSent": "Signaal verstuurd (kenmerk {id}).",
  "bot.signalRefused": "Signaal niet verstuurd: {reason}",
  "bot.welcome":
    "Welkom bij Convenantbot. Typ 'help' voor wat ik kan, 'nieuwe aanmelding' om een intake te starten of 'snelcheck lv' voor een snelle toets.",
  "bot.chooseSupportParty": "Kies eerst een ondersteunende partij uit de lijst.",
  "bot.snelcheckWhich":
    "Welke regeling? Typ bijvoorbeeld 'snelcheck kw', 'snelcheck lv', 'snelcheck noodwoning', 'snelcheck hov' of 'snelcheck urgentie'.",
  "bot.intakeIsPaused": "Je aanmelding is gepauzeerd. Typ 'hervat' om verder te gaan of 'annuleer' om te stoppen.",
  "bot.unknownFact": "Die vraag hoort niet bij deze aanmelding ({fact}); hieronder staat de actuele vraag.",
  "bot.nothingToCancel": "Er loopt niets om te annuleren.",
  "bot.signalHowTo": "Signalen verstuur je met 'signaal' of via de API van je eigen systeem.",
  "bot.cardOutdated": "Deze kaart is niet meer actueel; hieronder staat de actuele versie.",
  // Delivery (Teams reach)
  "bot.channelOnlyInChannel": "Dit werkt alleen in een teamkanaal: typ daar '@Convenantbot kanaal signalen'.",
  "bot.channelCoordinatorOnly":
    "Alleen een convenantcoördinator van je organisatie kan een kanaal voor signalen instellen.",
  "bot.channelOn":
    "Dit kanaal krijgt voortaan een melding zonder persoonsgegevens bij elk nieuw signaal voor {party}. De kaart zelf komt alleen in persoonlijke chats. Typ 'kanaal uit' om te stoppen.",
  "bot.channelOff": "Dit kanaal krijgt geen meldingen meer over signalen voor {party}.",
  "channel.signalNotice":
    "Nieuw signaal {type} voor {party} (kenmerk {id}). Open het in je persoonlijke chat met Convenantbot of in het tabblad; hier staan geen persoonsgegevens.",
  "outcome.done": "Gedaan.",
  "outcome.nextAanmelding":
    "Wat nu: de ondersteunende partij krijgt je aanmelding. Typ 'mijn aanmeldingen' voor kenmerk en termijnen.",
  "outcome.nextCancelled": "Typ 'nieuwe aanmelding' om opnieuw te beginnen.",
  "outcome.nextPaused": "Typ 'hervat' om verder te gaan waar je was.",
  "bot.playgroundIdentity":
    "Je gebruikt de standaardgebruiker van Microsoft 365 Agents Playground; die kent Convenantbot niet. Start de playground als demo-caseworker vanuit een van de meegeleverde mappen, bijvoorbeeld `cd apps/bot/agents-playground/begeleider` en dan `agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams`: die map bevat een .m365agentsplayground.yml met een bekende gebruiker en tenant (zie README, 'Microsoft 365 Agents Playground').",
  "bot.dialogCommandUnknown":
    "Deze opdracht ({commandId}) kent Convenantbot niet. Werk de app bij of kies 'Snelcheck'.",
  "delivery.unreachable":
    "Onbereikbaar: signaal {id} ({type}) kon niet worden bezorgd bij {party}, want daar heeft niemand Convenantbot in een persoonlijk gesprek. Het wordt vanzelf bezorgd zodra iemand van {party} de app installeert. Vraag hun convenantcoördinator dat te regelen.",
  "signal.unreachable":
    "⚠️ Onbereikbaar: {parties}. Niemand daar heeft Convenantbot geïnstalleerd; het signaal wordt bezorgd zodra iemand dat doet.",
  "signal.deliveryRetrying": "Bezorging bij {parties} mislukte en wordt opnieuw geprobeerd.",
  // Keeping the caseworker's work (issue 15 item 3) and the one intake card (item 2)
  "keep.outdated":
    "Deze kaart is verouderd: je antwoord is niet opgeslagen en er is niets veranderd. Hieronder staat de actuele vraag.",
  "keep.changeAnswer": "Wijzig een antwoord",
  "keep.changeHeading": "Welk antwoord wil je wijzigen?",
  "keep.changeHint": "Je andere antwoorden blijven staan; na het wijzigen wordt opnieuw getoetst.",
  "keep.changeError": "Kies een vraag.",
  "keep.changeSubmit": "Wijzig",
  "keep.toOutcome": "Terug naar de uitkomst",
  "keep.newIntake": "Nieuwe aanmelding",
  "keep.earlierAnswer": "Je eerdere antwoord: {answer}. Pas het aan of klik op Volgende.",
  "keep.confirmCancel":
    "Weet je zeker dat je deze aanmelding wilt annuleren? Je antwoorden ({count}) gaan dan verloren.",
  "keep.confirmCancelHint": "Je kunt ook typen: ja / nee.",
  "keep.yesCancel": "Ja, annuleer",
  "keep.noContinue": "Nee, ga verder",
  "keep.replaceQuestion": "Je hebt nog een {status} aanmelding onder {rulebook} ({count} beantwoord). Wat wil je?",
  "keep.replaceHint": "Je kunt ook typen: ga verder / begin opnieuw.",
  "keep.statusPaused": "gepauzeerde",
  "keep.statusOpen": "lopende",
  "keep.resumePaused": "Ga verder met de gepauzeerde",
  "keep.startOver": "Begin opnieuw",
  "keep.pausedHeading": "Gepauzeerd: {rulebook}",
  "keep.pausedDetails": "{count} beantwoord · nog niet ingediend",
  "keep.resume": "Hervat",
  "keep.answeredSummary": "Beantwoord ({count}):",
  "keep.answeredMore": "en {count} eerdere",
  "keep.typeBoolean": "Je kunt ook typen: ja / nee.",
  "keep.typeChoice": "Je kunt ook typen: een van de opties.",
  "keep.typeValue": "Je kunt ook typen: het antwoord in de chat.",
  "keep.groupLabel": "Vink aan wat van toepassing is",
  "keep.groupNone": "Geen van deze",
  "keep.groupError": "Vink aan wat van toepassing is, of kies 'Geen van deze'.",
  "keep.groupConflict": "Je koos 'Geen van deze' en ook een of meer punten; kies het een of het ander.",
  "keep.typeGroup": "Je kunt ook typen: 'geen' (geen van deze), of ja / nee voor de bovenste vraag.",
  "keep.notEligibleKept": "Je antwoorden zijn bewaard. Heb je je vergist? Kies 'Wijzig een antwoord'.",
  "recordLink.signal": "Signaal in Convenantbot",
  "recordLink.case": "Aanmelding in Convenantbot",
  "recordLink.status": "Status: {status} · sinds {date}",
  "recordLink.privacy": "Geen persoonsgegevens in deze kaart: in Convenantbot zie je wat jouw rol mag zien.",
  "recordLink.open": "Open in Convenantbot",
  "recordLink.none":
    "Geen eigen aanmelding of signaal gevonden voor '{query}'. Zoek op kenmerk (bijv. HA-2026-0001) of naam.",
  "recordLink.searchTitle": "Zoek je aanmeldingen en signalen",
  // Cases: what happens after submit (from the hand-off table)
  "help.afterSubmit": "Wat gebeurt er na indienen? (uit de overdrachtstabel van elke regeling)",
  "summary.afterSubmit": "Na indienen gaat de aanmelding naar",
  "summary.afterSubmitSupport": "en naar de ondersteunende partij die je hieronder kiest",
  // Case reminders and escalations (proactive, in the recipient's language; issue 16 item 4)
  "caseReminder.reminder.one": "Herinnering {kenmerk}: je hebt nog 1 werkdag tot {due} — {article}: {title}.",
  "caseReminder.reminder.other": "Herinnering {kenmerk}: je hebt nog {days} werkdagen tot {due} — {article}: {title}.",
  "caseReminder.escalation.term":
    "Escalatie {kenmerk}: de termijn {due} is voorbij zonder dat de stap is vastgelegd — {article}: {title}. Je krijgt dit als coördinator van je partij.",
  "caseReminder.escalation.target":
    "Escalatie {kenmerk}: de streefdatum {due} is voorbij zonder dat de stap is vastgelegd — {article}: {title}. Je krijgt dit als coördinator van je partij.",
  // Teams activity feed (Graph): kenmerk and type only, never a tenant's data
  "activity.signalReceived": "Nieuw signaal {kenmerk}: {type}",
  "activity.signalForwarded": "Signaal {kenmerk} naar je doorgestuurd: {type}",
  "activity.caseReceived": "Nieuwe aanmelding {kenmerk}: {type}",
  "activity.caseAssigned": "Aanmelding {kenmerk} aan je toegewezen: {type}",
  "activity.termNearlyDue": "Termijn van {kenmerk} loopt bijna af: {type}",
  "activity.signalNearlyDue": "Signaal {kenmerk} wacht op je bevestiging, de termijn loopt bijna af: {type}",
  "activity.signalEscalated": "Termijn van signaal {kenmerk} verstreken, naar je geëscaleerd: {type}",
  "activity.caseEscalated": "Termijn van aanmelding {kenmerk} verstreken, naar je geëscaleerd: {type}",
} satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
/** A complete catalogue: every key of the Dutch one, no more (excess keys are a type error too). */
export type Catalogue = Record<MessageKey, string>;
