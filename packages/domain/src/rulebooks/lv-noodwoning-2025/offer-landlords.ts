import type { Party } from "../../parties/party.js";
import { findLvLandlord, lvSocialLandlords } from "../lv-parties/landlords.js";

/**
 * The social landlords that may offer a noodwoning: all of them except the one that evicted
 * the family (art. 6 lid 3) and except Stichting Duivenvoorde (art. 6 lid 4). A private
 * landlord (art. 6 lid 5) or an unknown evicting landlord excludes no one else.
 */
export function noodwoningOfferLandlords(evictingLandlord?: string): Party[] {
  const evicting = evictingLandlord === undefined ? undefined : findLvLandlord(evictingLandlord);
  return lvSocialLandlords.filter((p) => p.id !== "lv-stichting-duivenvoorde" && p.id !== evicting?.id);
}
