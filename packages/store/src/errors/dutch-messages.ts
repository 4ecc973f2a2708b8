/**
 * Dutch for the English messages of the store's own zod refinements (the domain translates
 * its own). Keys must match the `message` given in src/records exactly.
 */
const dutch: Record<string, string> = {
  "expected a Teams user id starting with 29:": "verwacht een Teams-id dat begint met 29:",
  "expected an actor as member:<id>, party:<id>, system:<name> or api:<key id>":
    "verwacht een actor als member:<id>, party:<id>, system:<naam> of api:<sleutel-id>",
  "expected a dotted action such as signal.create": "verwacht een actie met punten, zoals signal.create",
  "expected lower-case letters and _": "verwacht kleine letters en _",
  "the decision is for another rulebook": "de beslissing hoort bij een andere regeling",
  "give a member or a Teams channel": "geef een medewerker of een Teams-kanaal op",
  "the reference has no conversation id": "de referentie heeft geen gespreks-id",
  "a response needs a date": "een reactie heeft een datum nodig",
};

export function toDutch(message: string): string {
  let out = message;
  for (const [en, nl] of Object.entries(dutch)) out = out.split(en).join(nl);
  return out;
}
