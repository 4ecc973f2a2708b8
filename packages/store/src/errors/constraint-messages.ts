/**
 * Plain-language messages for the constraints a caller can meet in normal use. Names are
 * the ones the migrations give; a constraint not listed gets a generic message naming it.
 */
const messages: Record<string, { nl: string; en: string }> = {
  signals_sender_idempotency_key: {
    nl: "Deze afzender heeft al een ander signaal met dezelfde idempotency key (veld idempotencyKey).",
    en: "This sender already has a different signal with the same idempotency key (field idempotencyKey).",
  },
  members_teams_user_id_key: {
    nl: "Er is al een medewerker met dit Teams-id (veld teamsUserId).",
    en: "A member with this Teams user id already exists (field teamsUserId).",
  },
  members_tenant_aad_key: {
    nl: "Er is al een medewerker met dit AAD object-id in deze tenant (veld aadObjectId).",
    en: "A member with this AAD object id already exists in this tenant (field aadObjectId).",
  },
  members_party_id_fkey: {
    nl: "De organisatie van de medewerker bestaat niet (veld partyId).",
    en: "The member's party does not exist (field partyId).",
  },
  aanmeldingen_support_party_id_fkey: {
    nl: "De gekozen ondersteunende organisatie bestaat niet (veld supportPartyId).",
    en: "The chosen support party does not exist (field supportPartyId).",
  },
  aanmeldingen_created_by_fkey: {
    nl: "De medewerker die de aanmelding maakt bestaat niet (veld createdBy).",
    en: "The member creating the aanmelding does not exist (field createdBy).",
  },
  signals_sender_party_id_fkey: {
    nl: "De afzender van het signaal bestaat niet (veld senderPartyId).",
    en: "The signal's sender party does not exist (field senderPartyId).",
  },
  signal_recipients_party_id_fkey: {
    nl: "Een ontvanger van het signaal bestaat niet (veld recipientPartyIds).",
    en: "A recipient party of the signal does not exist (field recipientPartyIds).",
  },
  signals_owner_party_id_fkey: {
    nl: "De eigenaar-organisatie van het signaal bestaat niet (veld ownerPartyId).",
    en: "The signal's owner party does not exist (field ownerPartyId).",
  },
  signals_owner_member_id_fkey: {
    nl: "De eigenaar-medewerker van het signaal bestaat niet (veld ownerMemberId).",
    en: "The signal's owner member does not exist (field ownerMemberId).",
  },
  signals_aanmelding_id_fkey: {
    nl: "De aanmelding bij dit signaal bestaat niet (veld aanmeldingId).",
    en: "The aanmelding of this signal does not exist (field aanmeldingId).",
  },
  housing_offers_aanmelding_id_fkey: {
    nl: "De aanmelding bij dit woningaanbod bestaat niet (veld aanmeldingId).",
    en: "The aanmelding of this housing offer does not exist (field aanmeldingId).",
  },
  housing_offers_landlord_party_id_fkey: {
    nl: "De verhuurder bij dit woningaanbod bestaat niet (veld landlordPartyId).",
    en: "The landlord party of this housing offer does not exist (field landlordPartyId).",
  },
  housing_offers_response_dates: {
    nl: "Een reactie op een woningaanbod heeft een datum nodig op of na de aanbiedingsdatum (velden response, respondedOn).",
    en: "A response to a housing offer needs a date on or after the offer date (fields response, respondedOn).",
  },
  leases_aanmelding_id_fkey: {
    nl: "De aanmelding bij dit huurcontract bestaat niet (veld aanmeldingId).",
    en: "The aanmelding of this lease does not exist (field aanmeldingId).",
  },
  leases_evaluation_after_start: {
    nl: "De evaluatiedatum ligt vóór de ingangsdatum van het tijdelijke huurcontract (veld evaluationDue).",
    en: "The evaluation date is before the temporary lease start (field evaluationDue).",
  },
  leases_single_outcome: {
    nl: "Een huurcontract wordt óf omgezet naar vast óf beëindigd, niet allebei (velden madePermanentOn, endedOn).",
    en: "A lease is either made permanent or ended, not both (fields madePermanentOn, endedOn).",
  },
  leases_outcome_after_start: {
    nl: "Omzetting of einde ligt vóór de ingangsdatum van het huurcontract.",
    en: "Making permanent or ending lies before the lease start.",
  },
  conversation_references_member_id_fkey: {
    nl: "De medewerker bij deze gespreksreferentie bestaat niet (veld memberId).",
    en: "The member of this conversation reference does not exist (field memberId).",
  },
  api_credentials_party_id_fkey: {
    nl: "De organisatie van deze API-sleutel bestaat niet (veld partyId).",
    en: "The party of this API credential does not exist (field partyId).",
  },
};

export function constraintMessage(constraint: string): { nl: string; en: string } | undefined {
  return messages[constraint];
}
