import type { CardVerb } from "@convenantbot/contract/card-verbs";

/**
 * The Action.Execute verbs of this package's cards by name (the case and candidate cards keep
 * theirs beside them: CASE_VERBS, CANDIDATE_VERBS). Each is a verb of the contract's catalogue
 * (@convenantbot/contract/card-verbs), which the bot routes by, so a verb the bot does not know
 * does not compile; cards/verbs.test.ts checks the other way round.
 */
export const VERBS = {
  /** Rulebook picked on the intake's choice card (input `rulebook`). */
  intakeStart: "intake.start",
  intakeAnswer: "intake.answer",
  intakeBack: "intake.back",
  intakePause: "intake.pause",
  intakeCancel: "intake.cancel",
  intakeChoose: "intake.choose",
  snelcheckSubmit: "snelcheck.submit",
  signalBevestigen: "signal.bevestigen",
  signalOppakken: "signal.oppakken",
  signalDoorsturen: "signal.doorsturen",
  signalAfsluiten: "signal.afsluiten",
  signalRefresh: "signal.refresh",
  signalSend: "signal.send",
  /** Signal form step 2: the form for the type in `data.type`. */
  signalForm: "signal.form",
  signalCancel: "signal.cancel",
  /** A menu button: runs `data.command` as if typed. */
  commandRun: "command.run",
  /** Rulebook picked on the snelcheck choice card (input `rulebook`). */
  snelcheckStart: "snelcheck.start",
  /** "Nee, ga verder" / "Ga verder met de gepauzeerde": the intake's current card again. */
  intakeResume: "intake.resume",
  /** "Ja, annuleer": the confirmed cancel ("intake.cancel" only asks). */
  intakeCancelConfirm: "intake.abort",
  /** "Begin opnieuw" / "Nieuwe aanmelding": drops the intake, starts `data.rulebook` (or the choice). */
  intakeRestart: "intake.restart",
  /** "Wijzig een antwoord": the choice of answered questions. */
  intakeChange: "intake.change",
  /** A question picked to change (input `goto`): asked again with the earlier answer. */
  intakeGoto: "intake.goto",
} as const satisfies Record<string, CardVerb>;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** Input ids that are not fact names. */
export const INPUT_IDS = {
  rulebook: "rulebook",
  supportPartyId: "supportPartyId",
  asOf: "asOf",
  forwardTo: "forwardTo",
  closeOutcome: "closeOutcome",
  signalType: "type",
  /** The question picked on the "Wijzig een antwoord" card. */
  goto: "goto",
  /** The ticked items of a grouped yes/no checklist. */
  checklist: "checklist",
} as const;
