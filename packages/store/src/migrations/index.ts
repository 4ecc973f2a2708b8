import type { Migration } from "kysely";
import * as m0001 from "./0001_append_only_guard.js";
import * as m0002 from "./0002_parties_and_members.js";
import * as m0003 from "./0003_aanmeldingen.js";
import * as m0004 from "./0004_signals.js";
import * as m0005 from "./0005_audit_log.js";
import * as m0006 from "./0006_conversation_references.js";
import * as m0007 from "./0007_housing_offers_and_leases.js";
import * as m0008 from "./0008_api_credentials.js";
import * as m0009 from "./0009_outbox.js";
import * as m0010 from "./0010_bot_state.js";
import * as m0011 from "./0011_signal_state_and_cards.js";
import * as m0012 from "./0012_outbox_unreachable.js";
import * as m0013 from "./0013_kenmerken.js";
import * as m0014 from "./0014_cases.js";
import * as m0015 from "./0015_case_kenmerk.js";
import * as m0016 from "./0016_case_history_retention.js";
import * as m0017 from "./0017_signal_history_one_source.js";
import * as m0018 from "./0018_own_reference.js";

/**
 * Every migration, by name. Imported statically (not read from a folder at run time) so the
 * same list works from TypeScript source, from dist/ and in a bundle. Add new ones at the end;
 * never edit one that has shipped.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  "0001_append_only_guard": m0001,
  "0002_parties_and_members": m0002,
  "0003_aanmeldingen": m0003,
  "0004_signals": m0004,
  "0005_audit_log": m0005,
  "0006_conversation_references": m0006,
  "0007_housing_offers_and_leases": m0007,
  "0008_api_credentials": m0008,
  "0009_outbox": m0009,
  "0010_bot_state": m0010,
  "0011_signal_state_and_cards": m0011,
  "0012_outbox_unreachable": m0012,
  "0013_kenmerken": m0013,
  "0014_cases": m0014,
  "0015_case_kenmerk": m0015,
  "0016_case_history_retention": m0016,
  "0017_signal_history_one_source": m0017,
  "0018_own_reference": m0018,
};
