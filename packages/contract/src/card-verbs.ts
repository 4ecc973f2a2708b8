/**
 * Every Action.Execute verb the bot answers, one row each with the zod schema of its `data`:
 * the cards (packages/cards) emit only these verbs and the bot routes by this table
 * (apps/bot/src/bot/verb-table.ts), so neither can add a verb the other does not know.
 * Teams merges the card's inputs into `data` (and Web Chat's Action.Submit sends them beside
 * it), so each payload names what the bot reads and lets the rest through.
 */
import { z } from "zod";

const payload = <Shape extends z.ZodRawShape>(shape: Shape) => z.looseObject(shape);

/** The intake's revision on the card: a click on an older copy of it is recognised as such. */
const rev = z.number().optional();
/** A rulebook and peildatum a button may carry; the bot falls back to the caseworker's own. */
const rulebookAndDate = { rulebook: z.string().optional(), asOf: z.string().optional() };

export const cardVerbs = {
  // The intake (question card, summary, candidate cards, keep-work cards).
  /** Rulebook picked on the intake's choice card (input `rulebook`). */
  "intake.start": payload(rulebookAndDate),
  /** The question on screen (`fact`) with its input named after the fact; a checklist sends `facts` and `checklist`. */
  "intake.answer": payload({
    fact: z.string(),
    rev,
    group: z.string().optional(),
    facts: z.array(z.string()).optional(),
    // Ticked items, comma-joined (or a list from Web Chat); the checklist parser reads either.
    checklist: z.unknown().optional(),
  }),
  "intake.back": payload({ fact: z.string().optional(), rev }),
  "intake.pause": payload({ fact: z.string().optional(), rev }),
  /** Only asks; "intake.abort" is the confirmed cancel. */
  "intake.cancel": payload({ fact: z.string().optional(), rev }),
  "intake.abort": payload({ rev }),
  /** Support party picked on the summary (input `supportPartyId`); none shows the choice again. */
  "intake.choose": payload({ supportPartyId: z.string().optional() }),
  /** The candidate's details: free inputs, each checked by the domain. */
  "intake.details": payload({}),
  "intake.edit": payload({}),
  "intake.submit": payload({}),
  /** The current card again; from "mijn aanmeldingen" it names the paused intake to take over. */
  "intake.resume": payload({ intakeId: z.string().optional(), rev }),
  /** Drops the intake and starts `rulebook` (or the choice); without data, what the caseworker asked for. */
  "intake.restart": payload(rulebookAndDate),
  "intake.change": payload({ fact: z.string().optional(), rev }),
  /** The answered question picked to change (input `goto`). */
  "intake.goto": payload({ goto: z.string().optional(), rev }),

  // The snelcheck.
  /** Not on a card: the message extension's snelcheck command arrives as this action. */
  "snelcheck.open": payload({ rulebook: z.string().optional() }),
  /** Rulebook picked on the snelcheck choice card (input `rulebook`). */
  "snelcheck.start": payload({ rulebook: z.string().optional() }),
  /** The form: its rulebook, the peildatum and one input per fact (free, parsed against the rulebook). */
  "snelcheck.submit": payload({ rulebook: z.string(), asOf: z.string().optional() }),

  // The help menu.
  /** A menu button: runs `command` as if typed. */
  "command.run": payload({ command: z.string() }),

  // Signals (signal card, signal form).
  "signal.bevestigen": payload({ signalId: z.string() }),
  "signal.oppakken": payload({ signalId: z.string() }),
  /** The party to forward to (input `forwardTo`, required on the card). */
  "signal.doorsturen": payload({ signalId: z.string(), forwardTo: z.string() }),
  /** The outcome (input `closeOutcome`) when the signal type has outcomes. */
  "signal.afsluiten": payload({ signalId: z.string(), closeOutcome: z.string().optional() }),
  "signal.refresh": payload({ signalId: z.string() }),
  /** Form step 2: the form for `type`, with the prefill the first step carried. */
  "signal.form": payload({ type: z.string() }),
  /** The filled-in form: its rulebook and type, one input per field (checked by the signal domain). */
  "signal.send": payload({ rulebook: z.string().optional(), type: z.string().optional() }),
  "signal.cancel": payload({}),

  // Cases (case card).
  /** A step on the case (`action`), its inputs named after the step ("weigeren.reason"). */
  "case.act": payload({ aanmeldingId: z.string(), action: z.string() }),
  "case.refresh": payload({ aanmeldingId: z.string() }),
} as const satisfies Record<string, z.ZodType<Record<string, unknown>>>;

export type CardVerb = keyof typeof cardVerbs;

/** What a verb's handler reads; anything else the card sent is there too. */
export type CardVerbPayload<Verb extends CardVerb> = z.infer<(typeof cardVerbs)[Verb]>;

export function isCardVerb(verb: string): verb is CardVerb {
  return Object.hasOwn(cardVerbs, verb);
}
