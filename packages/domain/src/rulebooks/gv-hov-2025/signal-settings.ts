import { defaultSignalSettings } from "../../signals/settings-defaults.js";
import type { SignalSettings } from "../../signals/settings.js";

export const gvHovSignalSettings: SignalSettings = {
  ...defaultSignalSettings,
  assumptions: [
    ...defaultSignalSettings.assumptions,
    "ASSUMED: verhuurders melden huurschulden buiten HOV niet aan convenantpartners (instelling uit); bron 000 laat dit open. / Landlords do not report rent debts beyond HOV (setting off); seed 000 leaves it open.",
  ],
};
