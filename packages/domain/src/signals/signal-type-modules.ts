import type { SignalTypeModule } from "./signal-type-module.js";
import { afsprakenNietNagekomenModule } from "./types/afspraken-niet-nagekomen.js";
import { eindeBegeleidingModule } from "./types/einde-begeleiding.js";
import { geenContactHuurderModule } from "./types/geen-contact-huurder.js";
import { huurachterstandModule } from "./types/huurachterstand.js";
import { ontruimingsvonnisModule } from "./types/ontruimingsvonnis.js";
import { overlastModule } from "./types/overlast.js";
import { weigeringBegeleidingModule } from "./types/weigering-begeleiding.js";

/**
 * Every signal type this build knows, one file each in `types/`. The order is the enum's
 * (lists, filters and monitoring columns follow it). A new type: its module, and one line here.
 */
export const signalTypeModules = [
  huurachterstandModule,
  overlastModule,
  eindeBegeleidingModule,
  weigeringBegeleidingModule,
  ontruimingsvonnisModule,
  afsprakenNietNagekomenModule,
  geenContactHuurderModule,
] as const;

type Modules = typeof signalTypeModules;
export type SignalType = Modules[number]["type"];

const byType: ReadonlyMap<string, SignalTypeModule> = new Map(signalTypeModules.map((m) => [m.type, m]));

/** The module of a type; its hooks take a signal of that type. */
export function signalTypeModule(type: SignalType): SignalTypeModule {
  return byType.get(type)!;
}
