import { sharedLabelsEn } from "@convenantbot/contract/labels";
import { signalTypeMessages } from "@convenantbot/domain";
import type { Catalogue } from "./nl.js";

/**
 * English catalogue. Typed as `Catalogue`, so a key missing here (or one Dutch lacks) fails
 * the type check. Legal terms from the glossary (aanmelding, begeleider, convenant, …) stay
 * Dutch on purpose: caseworkers use them in both languages.
 */
export const en: Catalogue = {
  // Shared with the tab: one wording (@convenantbot/contract/labels).
  ...sharedLabelsEn,
  "common.unknown": "Unknown",
  "common.unknownOption": "Unknown / not filled in",
  "common.choosePlaceholder": "Choose…",
  "common.andMore": "and {count} more",

  "status.passed": "met",
  "status.failed": "not met",
  "status.unknown": "unknown",
  "status.review": "for review",
  "status.not_applicable": "not applicable",

  "deadline.within": "by {due}",
  "deadline.at_most": "lasts until {due} at the latest",
  "deadline.at_least": "not before {due}",
  "deadline.target": "if possible by {due}",

  "input.error.boolean": "Choose yes or no.",
  "input.error.choice": "Choose one of the options.",
  "input.error.multiChoice": "Choose at least one option.",
  "input.error.number": "Enter a number.",
  "input.error.integer": "Enter a whole number.",
  "input.error.range": "Allowed: {min} to {max} inclusive.",
  "input.error.min": "At least {min}.",
  "input.error.max": "At most {max}.",
  "input.error.date": "Choose a date.",
  "input.error.text": "Fill in this field.",
  "input.error.toggle": "Tick this to continue.",

  "issue.boolean": "{label} ({field}): choose yes, no or unknown; received: '{value}'.",
  "issue.number": "{label} ({field}): '{value}' is not a number.",
  "issue.integer": "{label} ({field}): '{value}' is not a whole number.",
  "issue.min": "{label} ({field}): {value} is below the minimum {min}.",
  "issue.max": "{label} ({field}): {value} is above the maximum {max}.",
  "issue.choice": "{label} ({field}): '{value}' is not an allowed choice; choose from: {choices}.",
  "issue.date": "{label} ({field}): '{value}' is not an existing date (YYYY-MM-DD).",
  "issue.textTooLong": "{label} ({field}): the text is too long (at most {max} characters).",
  "issue.invalid": "{label} ({field}): '{value}' is not accepted.",
  "issue.asOfMissing": "As of date (asOf): choose a date.",
  "issue.asOf": "As of date (asOf): '{value}' is not an existing date (YYYY-MM-DD).",
  "issue.notAnObject": "The card sent no form data; please fill in the form again.",

  "rulebookChoice.heading": "Choose the rulebook",
  "rulebookChoice.label": "Rulebook",
  "rulebookChoice.error": "Choose a rulebook.",
  "rulebookChoice.validFrom": "valid from {from}",
  "rulebookChoice.validRange": "valid from {from} to {to} inclusive",
  "rulebookChoice.notValidHeading": "Not valid now:",
  "rulebookChoice.none": "No rulebook is valid right now. Ask your convenant coordinator.",
  "rulebookChoice.submit": "Continue",

  "intake.heading": "Aanmelding: {rulebook}",
  "intake.progressOf": "Question {current} of about {total}",
  "intake.progress": "Question {current}",
  "intake.runningOutcome": "Outcome so far: {outcome}",
  "intake.answer": "Next",
  "intake.back": "Back",
  "intake.pause": "Pause",
  "intake.cancel": "Cancel",

  "check.heading": "Check: {rulebook}",
  "check.asOf": "As of {date}",
  "check.groupHeading": "Any one of these grounds suffices ({group}):",
  "check.informational": "informational",
  "check.voorstel": "proposal (voorstel)",
  "check.hintsEligible": "Good to know",
  "check.missing": "Still needed ({count})",
  "check.receipt": "Rulebook version {version} · fingerprint {hash} · engine {engine}",
  "check.keyReasons": "Why",
  "check.missingQuestions": "Still to answer ({count})",
  "check.showAllRules": "Show all rules ({count})",
  "next.label": "What next:",
  "next.check.eligible": "start an aanmelding with ‘new aanmelding’; you then give your answers once more.",
  "next.check.not_eligible":
    "this convenant is not the route for this situation. See ‘What could change the outcome’ for the route that is.",
  "next.check.needs_info": "answer the questions below; then the outcome follows.",
  "next.check.needs_review":
    "an assessment decides; start the aanmelding, and the deciding party records its judgement.",
  "next.summary.eligible": "choose the support party and save the aanmelding; the deadlines start now.",
  "next.summary.not_eligible":
    "you cannot submit this aanmelding. Go back to correct an answer, or see which route applies instead.",
  "next.summary.needs_info": "an answer is still missing; go back to add it.",
  "next.summary.needs_review": "save the aanmelding; the deciding party assesses the open rules.",

  "summary.heading": "Aanmelding summary: {rulebook}",
  "summary.deadlines": "Deadlines that start now",
  "summary.proposals": "Proposed support parties",
  "summary.noProposals": "No support party was proposed. You can still save the aanmelding.",
  "summary.chooseLabel": "Choose the support party",
  "summary.chooseError": "Choose a party.",
  "summary.choose": "Choose and save",
  "summary.storeWithoutParty": "Save aanmelding",
  "summary.back": "Back to correct",

  "snelcheck.heading": "Quick check: {rulebook}",
  "snelcheck.intro": "Fill in what you know; whatever stays unknown never counts as met.",
  "snelcheck.asOf": "As of date",
  "snelcheck.asOfError": "Choose an as-of date.",
  "snelcheck.submit": "Check",
  "snelcheck.groupLabel": "Tick what applies, or 'None of these'; left empty is unknown",
  "snelcheck.previous": "Previous",
  "snelcheck.next": "Next",
  "snelcheck.page": "Step {page} of {pages}: {title}",
  "snelcheck.showFollowUp": "Show follow-up questions ({count})",
  "snelcheck.backToBasics": "Back to the basic questions",
  "snelcheck.followUpIndex": "Follow-up questions: open what applies",
  "snelcheck.followUpRow": "{title} ({count})",
  "snelcheck.followUpRowFilled": "{title} ({count}) · filled in",
  "snelcheck.allFollowUps": "All follow-up questions",

  "aanmeldingen.ownReference": "your no. {ownReference}",
  "aanmeldingen.heading": "My aanmeldingen ({count})",
  "aanmeldingen.createdOn": "created {date}",
  "aanmeldingen.status": "status: {status}",
  "aanmeldingen.party": "party: {party}",
  "aanmeldingen.nextDeadline": "next deadline: {title}, {due}",
  "aanmeldingen.overdue": "overdue",
  "aanmeldingen.targetPassed": "target date passed",
  "aanmeldingen.more": "And {count} more aanmeldingen that do not fit here.",

  "help.heading": "Convenantbot: what can I do?",
  "help.intro":
    "I help you with aanmeldingen, quick checks and signals under your region's convenanten. Choose below, or just type what you want (for example 'check lv').",
  "help.greeting": "Hello! How can I help you?",
  "help.introNothing":
    "Your party belongs to no convenant in force, so there is nothing to start. Ask your convenant coordinator if that is wrong.",
  "help.allCommands": "All commands",
  "help.button.intake": "New aanmelding",
  "help.button.snelcheck": "Quick check",
  "help.button.signal": "Signal",
  "help.button.aanmeldingen": "My aanmeldingen",
  "help.button.signalen": "My signals",
  "help.cmd.mijnSignalen": "the signals you sent or received, with their status",
  "help.thanks": "You are welcome. Type 'help' if there is anything else.",
  "help.cmd.help": "this explanation",
  "help.cmd.nieuweAanmelding": "start an aanmelding; I only ask the questions that still matter",
  "help.cmd.snelcheck": "check in one form whether someone is eligible, without saving anything",
  "help.cmd.mijnAanmeldingen": "your aanmeldingen with their status and next deadline",
  "help.cmd.signaal": "send a signal (rent arrears, nuisance, …) to the right partner",
  "help.cmd.annuleer": "stop the current aanmelding",
  "help.cmd.pauze": "pause the current aanmelding",
  "help.cmd.terug": "go back to the previous question",
  "help.cmd.hervat": "resume a paused aanmelding",
  "help.cmd.taal": "speak English (en) or Dutch (nl)",
  "help.text":
    "I help you with aanmeldingen, quick checks and signals under your region's convenanten. Commands:\n\n" +
    "- **help**: this explanation\n" +
    "- **nieuwe aanmelding**: start an aanmelding; I only ask the questions that still matter\n" +
    "- **snelcheck [kw|lv|noodwoning|hov|urgentie]**: check in one form whether someone is eligible, without saving anything\n" +
    "- **mijn aanmeldingen**: your aanmeldingen with their status and next deadline\n" +
    "- **signaal**: send a signal (rent arrears, nuisance, …) to the right partner\n" +
    "- **mijn signalen**: the signals you sent or received, with their status\n" +
    "- **annuleer**: stop the current aanmelding\n" +
    "- **pauze**: pause the current aanmelding\n" +
    "- **terug**: go back to the previous question\n" +
    "- **hervat**: resume a paused aanmelding\n" +
    "- **taal en|nl**: speak English (en) or Dutch (nl)",

  "signal.kenmerkLine": "Reference {kenmerk}",
  "signal.ownReferenceLine": "Your own dossier number: {ownReference} · only your party sees it",
  "signals.heading": "Your signals ({count})",
  "signals.open": "Type 'signaal <reference>' to open one.",
  "signals.to": "to {party}",
  "signals.from": "from {party}",
  "signals.more": "And {count} more signals that do not fit here; the tab shows them all.",
  "signals.none": "Your party has not sent or received any signals yet. Type 'signaal' to send one.",
  "signal.heading": "Signal: {type}",
  // One per signal type, from its module (domain signals/types/): a new type needs no line here.
  ...signalTypeMessages("en", "cards"),
  "signal.history.ontvangen": "received",
  "signal.history.bevestigen": "confirmed",
  "signal.history.oppakken": "taken on",
  "signal.history.doorsturen": "forwarded",
  "signal.history.afsluiten": "closed",
  "signal.history.escaleren": "escalated to the coordinator: term passed",
  // Closing outcomes (domain signals/outcomes.ts)
  "signal.statusLine": "Status: {status} · {rulebook}",
  "signal.due": "Due: {due}",
  "signal.overdue": "Overdue since: {due}",
  "signal.history": "History",
  "signal.forwardTo": "Forward to",
  "signal.forwardError": "Choose whom to forward the signal to.",
  "signal.closeOutcome": "Outcome",
  "signal.closeError": "Choose the outcome.",
  "signal.confirm": "Confirm",
  "signal.refresh": "Refresh",

  "signalForm.heading": "New signal",
  "signalForm.headingFor": "New signal: {rulebook}",
  "signalForm.intro": "Send only what the recipient needs for its task.",
  "signalForm.type": "Signal type",
  "signalForm.typeError": "Choose the signal type.",
  "signalForm.send": "Send signal",
  "signalForm.cancel": "Cancel",
  "signalForm.cancelled": "Signal not sent; nothing was saved.",
  "signalForm.cancelledNext": "Type 'signaal' to start again.",
  "signalForm.chooseType": "What is the signal about?",
  "signalForm.typeLine": "Type: {type}",

  "bot.unknownUser": "You are not in Convenantbot yet. Ask your convenant coordinator to add you.",
  "bot.tenantNotAllowed":
    "Your organisation is not connected to Convenantbot. Ask your convenant coordinator to register your organisation.",
  "bot.notAllowedToNominate":
    "You may not nominate a candidate under {rulebook}: only care organisations, Reclassering and the Lokale Kamer (begeleider or casemanager) may, art. 4.1. A quick check is possible.",
  "bot.rulebookNotValid":
    "The rulebook {rulebook} is not valid on {date} ({period}). Choose another rulebook or date, or ask your convenant coordinator whether it was extended.",
  "bot.controlCharacter":
    "The field {field} contains an invisible control character ({codePoint}); remove it and try again.",
  "bot.turnError":
    "Something went wrong on our side; your last step may not have been processed. Try again, or type 'hervat' or 'help'. Quote reference {correlationId} when you contact the administrator.",
  "bot.intakePaused": "Aanmelding paused. Type 'hervat' to continue later.",
  "bot.intakeResumed": "Continuing your aanmelding under {rulebook}.",
  "bot.intakeCancelled": "Aanmelding cancelled; nothing will be sent.",
  "bot.aanmeldingStored": "Aanmelding saved (reference {id}).",
  "bot.aanmeldingStoredWithParty": "Aanmelding saved (reference {id}); support party: {party}.",
  "bot.noAanmeldingen": "You have no aanmeldingen yet. Type 'nieuwe aanmelding' to start.",
  "bot.languageSwitched": "I will speak English with you from now on.",
  "bot.languageUnknown": "Choose 'taal nl' or 'taal en'.",
  "bot.noActiveIntake": "No aanmelding is in progress. Type 'nieuwe aanmelding' to start.",
  "bot.nothingPaused": "There is no paused aanmelding to resume.",
  "bot.noPreviousQuestion": "This is the first question; there is no previous one.",
  "bot.answerRequired": "Please answer the question first.",
  "bot.unknownCommand": "I did not understand that. Type 'help' to see what I can do.",
  "bot.unknownSnelcheck": "Unknown rulebook '{value}'. Choose from: {choices}.",
  "bot.signalSent": "Signal sent (reference {id}).",
  "bot.signalRefused": "Signal not sent: {reason}",
  "bot.welcome":
    "Welcome to Convenantbot. Type 'help' to see what I can do, 'nieuwe aanmelding' to start an intake or 'snelcheck lv' for a quick check.",
  "bot.chooseSupportParty": "First choose a support party from the list.",
  "bot.snelcheckWhich":
    "Which rulebook? Type for example 'snelcheck kw', 'snelcheck lv', 'snelcheck noodwoning', 'snelcheck hov' or 'snelcheck urgentie'.",
  "bot.intakeIsPaused": "Your intake is paused. Type 'hervat' to continue or 'annuleer' to stop.",
  "bot.unknownFact": "That question does not belong to this intake ({fact}); the current question is below.",
  "bot.nothingToCancel": "There is nothing to cancel.",
  "bot.signalHowTo": "Send signals with 'signaal' or through your system's API.",
  "bot.channelOnlyInChannel": "This works only in a team channel: type '@Convenantbot kanaal signalen' there.",
  "bot.channelCoordinatorOnly": "Only a convenant coordinator of your organisation can set up a channel for signals.",
  "bot.channelOn":
    "From now on this channel gets a notice without personal data for every new signal for {party}. The card itself goes only to personal chats. Type 'kanaal uit' to stop.",
  "bot.channelOff": "This channel no longer gets notices about signals for {party}.",
  "channel.signalNotice":
    "New signal {type} for {party} (reference {id}). Open it in your personal chat with Convenantbot or in the tab; there is no personal data here.",
  "outcome.done": "Done.",
  "outcome.nextAanmelding":
    "What next: the support party receives your aanmelding. Type 'mijn aanmeldingen' for its reference and terms.",
  "outcome.nextCancelled": "Type 'nieuwe aanmelding' to start again.",
  "outcome.nextPaused": "Type 'hervat' to continue where you were.",
  "bot.playgroundIdentity":
    "You are using the default user of Microsoft 365 Agents Playground, whom Convenantbot does not know. Start the playground as a demo caseworker from one of the shipped folders, e.g. `cd apps/bot/agents-playground/begeleider` and then `agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams`: that folder holds a .m365agentsplayground.yml with a known user and tenant (see README, 'Microsoft 365 Agents Playground').",
  "bot.dialogCommandUnknown":
    "Convenantbot does not know this command ({commandId}). Update the app or choose 'Snelcheck'.",
  "delivery.unreachable":
    "Unreachable: signal {id} ({type}) could not be delivered to {party}, because nobody there has Convenantbot in a personal chat. It is delivered by itself as soon as someone at {party} installs the app. Ask their convenant coordinator to arrange that.",
  "signal.unreachable":
    "⚠️ Unreachable: {parties}. Nobody there has installed Convenantbot; the signal is delivered as soon as someone does.",
  "signal.deliveryRetrying": "Delivery to {parties} failed and is being retried.",
  "bot.cardOutdated": "This card is out of date; the current version is below.",
  // Keeping the caseworker's work (issue 15 item 3) and the one intake card (item 2)
  "keep.outdated":
    "This card is out of date: your answer was not saved and nothing changed. The current question is below.",
  "keep.changeAnswer": "Change an answer",
  "keep.changeHeading": "Which answer do you want to change?",
  "keep.changeHint": "Your other answers stay; after the change the check runs again.",
  "keep.changeError": "Choose a question.",
  "keep.changeSubmit": "Change",
  "keep.toOutcome": "Back to the outcome",
  "keep.newIntake": "New intake",
  "keep.earlierAnswer": "Your earlier answer: {answer}. Change it or click Next.",
  "keep.confirmCancel": "Are you sure you want to cancel this intake? Your answers ({count}) will be lost.",
  "keep.confirmCancelHint": "You can also type: ja / nee (yes / no).",
  "keep.yesCancel": "Yes, cancel",
  "keep.noContinue": "No, continue",
  "keep.replaceQuestion": "You still have a {status} intake under {rulebook} ({count} answered). What would you like?",
  "keep.replaceHint": "You can also type: ga verder (continue) / begin opnieuw (start over).",
  "keep.statusPaused": "paused",
  "keep.statusOpen": "running",
  "keep.resumePaused": "Continue the paused one",
  "keep.startOver": "Start over",
  "keep.pausedHeading": "Paused: {rulebook}",
  "keep.pausedDetails": "{count} answered · not submitted yet",
  "keep.resume": "Resume",
  "keep.answeredSummary": "Answered ({count}):",
  "keep.answeredMore": "and {count} earlier",
  "keep.typeBoolean": "You can also type: ja / nee (yes / no).",
  "keep.typeChoice": "You can also type: one of the options.",
  "keep.typeValue": "You can also type the answer in the chat.",
  "keep.groupLabel": "Tick what applies",
  "keep.groupNone": "None of these",
  "keep.groupError": "Tick what applies, or choose 'None of these'.",
  "keep.groupConflict": "You chose 'None of these' and also one or more items; choose one or the other.",
  "keep.typeGroup": "You can also type: 'geen' (none of these), or ja / nee (yes / no) for the top question.",
  "keep.notEligibleKept": "Your answers are kept. Made a mistake? Choose 'Change an answer'.",
  "recordLink.signal": "Signal in Convenantbot",
  "recordLink.case": "Aanmelding in Convenantbot",
  "recordLink.status": "Status: {status} · since {date}",
  "recordLink.privacy": "No personal data in this card: open it in Convenantbot to see what your role may see.",
  "recordLink.open": "Open in Convenantbot",
  "recordLink.none":
    "No aanmelding or signal of yours found for '{query}'. Search by reference (e.g. HA-2026-0001) or name.",
  "recordLink.searchTitle": "Search your aanmeldingen and signals",
  // Cases: what happens after submit (from the hand-off table)
  "help.afterSubmit": "What happens after submit? (from each rulebook's hand-off table)",
  "summary.afterSubmit": "After submit the aanmelding goes to",
  "summary.afterSubmitSupport": "and to the support party you choose below",
  // Case reminders and escalations (proactive, in the recipient's language; issue 16 item 4)
  "caseReminder.reminder.one": "Reminder {kenmerk}: you have 1 working day left until {due} — {article}: {title}.",
  "caseReminder.reminder.other":
    "Reminder {kenmerk}: you have {days} working days left until {due} — {article}: {title}.",
  "caseReminder.escalation.term":
    "Escalation {kenmerk}: the term {due} has passed without the step being recorded — {article}: {title}. You get this as your party's coordinator.",
  "caseReminder.escalation.target":
    "Escalation {kenmerk}: the target date {due} has passed without the step being recorded — {article}: {title}. You get this as your party's coordinator.",
  // Teams activity feed (Graph): kenmerk and type only, never a tenant's data
  "activity.signalReceived": "New signal {kenmerk}: {type}",
  "activity.signalForwarded": "Signal {kenmerk} forwarded to you: {type}",
  "activity.caseReceived": "New aanmelding {kenmerk}: {type}",
  "activity.caseAssigned": "Aanmelding {kenmerk} assigned to you: {type}",
  "activity.termNearlyDue": "Term of {kenmerk} nearly due: {type}",
  "activity.signalNearlyDue": "Signal {kenmerk} awaits your acknowledgement, the term is nearly due: {type}",
  "activity.signalEscalated": "Term of signal {kenmerk} passed, escalated to you: {type}",
  "activity.caseEscalated": "Term of aanmelding {kenmerk} passed, escalated to you: {type}",
};
