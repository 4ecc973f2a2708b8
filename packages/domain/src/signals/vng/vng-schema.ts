import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";

// The delivery shape of VNG's "Uitwisselmodel" for vroegsignalen (VNG-Realisatie/
// ddas-vroegsignalering, v1.2/json_schema_Uitwisselmodel.json, JSON Schema 2020-12). Written
// from its field list (the repository states no licence, so nothing is copied): names and
// enumerations are the model's, the zod form and comments are ours. Only what we can fill is
// modelled beyond the required fields.

export const VngSignaalstatusSchema = z.enum([
  "Inwoner al bekend bij schuldhulpverlening",
  "Inwoner is overleden",
  "Niet opgepakt: andere reden",
  "Niet opgepakt: herhaalde melding",
  "Niet opgepakt: onterecht signaal",
  "Nog niet opgepakt",
  "Opgepakt",
  "Persoon is geen inwoner (meer) in de gemeente",
]);
export type VngSignaalstatus = z.infer<typeof VngSignaalstatusSchema>;

export const VngSignaalpartnerTypeSchema = z.enum([
  "Belastingdienst",
  "CAK Eigen bijdrage",
  "CAK Zorgverzekeringen",
  "Dienst Toeslagen",
  "DUO",
  "Energie",
  "Huur",
  "Hypotheek",
  "Overige",
  "Water",
  "Zorg",
]);

export const VngEindresultaatSchema = z.enum([
  "(Budget)advies en/of quick fix",
  "Definitief geen contact kunnen krijgen",
  "Geen reactie na eerder contact",
  "Inwoner al bekend bij schuldhulpverlening",
  "Inwoner heeft al een ander lopend traject",
  "Inwoner heeft zelf al betaald/betalingsregeling getroffen",
  "Inwoner is overleden",
  "Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering",
  "Niet opgepakt: andere reden",
  "Niet opgepakt: herhaalde melding",
  "Niet opgepakt: onterecht signaal",
  "Persoon is geen inwoner (meer) in de gemeente",
  "Vervolghulp en/of verwijzing",
  "Vervolghulp en/of verwijzing financieel",
  "Vervolghulp en/of verwijzing niet financieel",
  "Verwijzing zonder tussenkomst inwoner",
]);
export type VngEindresultaat = z.infer<typeof VngEindresultaatSchema>;

/** "YYYY-MM-DDTHH:MM:SSZ" as the model describes its datum-tijd. */
export const VngDatumTijdSchema = z.iso.datetime();

/** The model's client: by BSN alone, or (without BSN) by postcode + huisnummer. */
export const VngClientSchema = z.union([
  z.strictObject({ burgerservicenummer: z.string().length(9) }),
  z.strictObject({
    postcode: z.string().min(1),
    huisnummer: z.string().min(1),
    huisnummertoevoeging: z.string().min(1).optional(),
    geslachtsaanduiding: z.enum(["Man", "Vrouw", "Onbekend", "Leeg"]).optional(),
    geboortedatum: IsoDateSchema.optional(),
  }),
]);

export const VngVroegsignaalSchema = z.strictObject({
  ID: z.string().min(1),
  crisissignaal: z.boolean().optional(),
  warmeOverdracht: z.boolean().optional(),
  /** Whole euros. */
  bedrag: z.number().int().optional(),
  ontstaansdatum: IsoDateSchema.optional(),
  signaaldatum: IsoDateSchema.optional(),
  status: VngSignaalstatusSchema.optional(),
  signaalpartner: z.strictObject({ type: VngSignaalpartnerTypeSchema.optional() }),
  client: VngClientSchema,
});
export type VngVroegsignaal = z.infer<typeof VngVroegsignaalSchema>;

export const VngVroegsignaalzaakSchema = z.strictObject({
  resultaat: VngEindresultaatSchema.optional(),
  datumOpgepakt: IsoDateSchema.optional(),
  vroegsignalen: z.array(z.strictObject({ ID: z.string().min(1) })).min(1),
});

export const VngAanleverendeOrganisatieSchema = z.strictObject({
  naam: z.string().min(1).optional(),
  "kvk-nummer": z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  contactpersonen: z
    .array(
      z.strictObject({
        naam: z.string().optional(),
        telefoonnummer: z.string().optional(),
        email: z.email().optional(),
        functietitel: z.string().optional(),
      }),
    )
    .min(1)
    .optional(),
});
export type VngAanleverendeOrganisatie = z.infer<typeof VngAanleverendeOrganisatieSchema>;

/** ASSUMED: the CBS gemeentecode, four digits, optionally prefixed "GM" (the model only says string). */
export const VngGemeentecodeSchema = z.string().regex(/^(GM)?\d{4}$/);

export const VngLeveringSchema = z.strictObject({
  teller: z.number().int().min(1),
  gemeentecode: VngGemeentecodeSchema,
  aanleverendeOrganisatie: VngAanleverendeOrganisatieSchema,
  vroegsignalen: z.array(VngVroegsignaalSchema).optional(),
  vroegsignaalzaken: z.array(VngVroegsignaalzaakSchema).optional(),
});

export const VngUitwisselmodelSchema = z.strictObject({
  startdatumLevering: IsoDateSchema,
  einddatumLevering: IsoDateSchema,
  aanleverdatumEnTijd: VngDatumTijdSchema,
  codeGegevensleverancier: z.string().min(1),
  leveringen: z.array(VngLeveringSchema).min(1).optional(),
});
export type VngUitwisselmodel = z.infer<typeof VngUitwisselmodelSchema>;
